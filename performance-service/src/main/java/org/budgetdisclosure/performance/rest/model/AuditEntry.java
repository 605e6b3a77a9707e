package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the audit log. */
@Schema(name = "AuditEntry")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "at", "actor", "roles", "action", "method", "path", "unitCode", "fiscalYear", "resource",
        "beforeHash", "afterHash", "requestId"})
// Written by the service only: actor and roles are cut to 200 characters, path to 2000 and resource to 300
// (AuditLog), the request id is at most 200 (RequestIdFilter), hashes are sha256:<64 hex>.
public record AuditEntry(@Schema(minimum = "1", maximum = "9223372036854775807") long id,
                         @Schema(format = "date-time", maxLength = FieldLimits.SERVED_TIMESTAMP) String at,
                         @Schema(example = "budget-management-system", maxLength = 200) String actor,
                         @Schema(example = "editor", maxLength = 200) String roles,
                         @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "PUBLISH", "WITHDRAW"}) String action,
                         @Schema(example = "PUT", maxLength = 16) String method,
                         @Schema(example = "/api/v1/performance/402001/2025/forms/402001250002", maxLength = 2000) String path,
                         @Schema(nullable = true, example = "402001", pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                         @Schema(nullable = true, example = "2025", minimum = "0", maximum = "9999") Integer fiscalYear,
                         @Schema(example = "forms/402001250002", maxLength = 300) String resource,
                         @Schema(nullable = true, pattern = "^sha256:[0-9a-f]{64}$", maxLength = 71) String beforeHash,
                         @Schema(nullable = true, pattern = "^sha256:[0-9a-f]{64}$", maxLength = 71) String afterHash,
                         @Schema(nullable = true, maxLength = 200) String requestId) {
}
