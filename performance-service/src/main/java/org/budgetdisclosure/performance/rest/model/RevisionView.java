package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A revision's metadata (docs/publication.md), and with {@code content} the frozen part exactly as stored
 * (its bytes are written as they are, never re-rendered).
 */
@Schema(name = "PerformanceRevision")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"revision", "state", "publishedAt", "publishedBy", "contentHash", "changes", "withdrawal", "content"})
public record RevisionView(@Schema(example = "1", minimum = "1", maximum = "999999999") int revision,
                           @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
                           @Schema(example = "2025-05-14T09:30:00Z", format = "date-time", maxLength = FieldLimits.SERVED_TIMESTAMP) String publishedAt,
                           @Schema(description = "the publishing token's sub (cut to 200 characters)", example = "budget-management-system", maxLength = 200) String publishedBy,
                           @Schema(example = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", pattern = "^sha256:[0-9a-f]{64}$", maxLength = 71) String contentHash,
                           Changes changes,
                           @Schema(nullable = true) Withdrawal withdrawal,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue
                           @Schema(implementation = PerformancePart.class, description = "the frozen part; only on a single revision")
                           String content) {

    @JsonPropertyOrder({"previousRevision", "count", "truncated", "items"})
    // count: every differing path of two parts; a part is bounded (2000 projects of bounded forms), far below int32.
    public record Changes(@Schema(nullable = true, example = "1", minimum = "1", maximum = "999999999") Integer previousRevision,
                          @Schema(minimum = "0", maximum = "2147483647") int count, boolean truncated,
                          @Schema(maxItems = org.budgetdisclosure.performance.publication.JsonDiff.MAX_ITEMS) List<Change> items) {
    }

    @JsonPropertyOrder({"path", "before", "after"})
    // path: $.forms[i].document.… or $.forms[i].grid.rows[j].cells[k]: names of the schema, indexes ≤ 2000, well under 200.
    // before/after: any JSON value of the part, so at most as long as the part's longest member.
    public record Change(@Schema(example = "$.forms[0].document.projectName", maxLength = 200) String path,
                         @Schema(description = "the value before; null when absent") JsonNode before,
                         @Schema(description = "the value after; null when absent") JsonNode after) {
    }

    @JsonPropertyOrder({"at", "by", "reason"})
    public record Withdrawal(@Schema(format = "date-time", maxLength = FieldLimits.SERVED_TIMESTAMP) String at,
                             @Schema(description = "the withdrawing token's sub (cut to 200 characters)", maxLength = 200) String by,
                             @Schema(maxLength = FieldLimits.WITHDRAWAL_REASON) String reason) {
    }
}
