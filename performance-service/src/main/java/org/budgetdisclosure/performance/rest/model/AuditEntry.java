package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the audit log. */
@Schema(name = "AuditEntry")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "at", "actor", "roles", "action", "method", "path", "unitCode", "fiscalYear", "resource",
        "beforeHash", "afterHash", "requestId"})
public record AuditEntry(long id, String at, @Schema(example = "budget-management-system") String actor,
                         @Schema(example = "editor") String roles,
                         @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "PUBLISH", "WITHDRAW"}) String action,
                         @Schema(example = "PUT") String method,
                         @Schema(example = "/api/v1/performance/402001/2025/forms/402001250002") String path,
                         @Schema(nullable = true, example = "402001") String unitCode,
                         @Schema(nullable = true, example = "2025") Integer fiscalYear,
                         @Schema(example = "forms/402001250002") String resource,
                         @Schema(nullable = true) String beforeHash, @Schema(nullable = true) String afterHash,
                         @Schema(nullable = true) String requestId) {
}
