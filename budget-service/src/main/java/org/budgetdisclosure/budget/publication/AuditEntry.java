package org.budgetdisclosure.budget.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One entry of the append-only audit log (docs/publication.md). */
@Schema(description = "One write recorded in the audit log")
public record AuditEntry(
        @Schema(example = "41") long id,
        @Schema(example = "2025-05-14T09:00:00Z") OffsetDateTime at,
        @Schema(description = "The token's sub", example = "publisher-402001") String actor,
        @Schema(description = "The token's roles, comma-separated", example = "publisher") String roles,
        @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "PUBLISH", "WITHDRAW"}, example = "PUBLISH") String action,
        @Schema(example = "PUT") String method,
        @Schema(example = "/api/v1/budgets/402001/2025/revisions/1") String path,
        @Schema(nullable = true, example = "402001") String unitCode,
        @Schema(nullable = true, example = "2025") Integer fiscalYear,
        @Schema(description = "What was written", example = "budget-revision") String resource,
        @Schema(nullable = true, description = "Content hash before the write; null for a create") String beforeHash,
        @Schema(nullable = true, description = "Content hash after the write; null for a delete") String afterHash,
        @Schema(nullable = true, example = "5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d") String requestId) {

    public enum Action { CREATE, UPDATE, DELETE, PUBLISH, WITHDRAW }
}
