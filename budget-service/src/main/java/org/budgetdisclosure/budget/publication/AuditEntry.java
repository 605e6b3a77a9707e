package org.budgetdisclosure.budget.publication;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One entry of the append-only audit log (docs/publication.md). */
@Schema(description = "One write recorded in the audit log")
public record AuditEntry(
        @Schema(example = "41", minimum = "1", maximum = "9223372036854775807") long id,
        @Schema(example = "2025-05-14T09:00:00Z") OffsetDateTime at,
        @Schema(description = "The token's sub", example = "publisher-402001", maxLength = Limits.ACTOR) String actor,
        @Schema(description = "The token's roles, comma-separated", example = "publisher", maxLength = Limits.ACTOR) String roles,
        @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "PUBLISH", "WITHDRAW"}, example = "PUBLISH") String action,
        @Schema(example = "PUT", enumeration = {"PUT", "POST", "DELETE", "PATCH"}) String method,
        @Schema(example = "/api/v1/budgets/402001/2025/revisions/1", maxLength = 512) String path,
        @Schema(nullable = true, example = "402001", maxLength = Limits.CODE) String unitCode,
        @Schema(nullable = true, example = "2025", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) Integer fiscalYear,
        @Schema(description = "What was written", example = "budget-revision", maxLength = 128) String resource,
        @Schema(nullable = true, description = "Content hash before the write; null for a create", maxLength = Limits.HASH) String beforeHash,
        @Schema(nullable = true, description = "Content hash after the write; null for a delete", maxLength = Limits.HASH) String afterHash,
        @Schema(nullable = true, example = "5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d", maxLength = Limits.REQUEST_ID) String requestId) {

    public enum Action { CREATE, UPDATE, DELETE, PUBLISH, WITHDRAW }
}
