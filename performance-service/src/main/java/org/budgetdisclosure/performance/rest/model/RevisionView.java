package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A revision's metadata (docs/publication.md), and with {@code content} the frozen part exactly as stored
 * (its bytes are written as they are, never re-rendered).
 */
@Schema(name = "PerformanceRevision")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"revision", "state", "publishedAt", "publishedBy", "contentHash", "changes", "withdrawal", "content"})
public record RevisionView(@Schema(example = "1") int revision,
                           @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
                           @Schema(example = "2025-05-14T09:30:00Z") String publishedAt,
                           @Schema(description = "the publishing token's sub", example = "budget-management-system") String publishedBy,
                           @Schema(example = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash,
                           Changes changes,
                           @Schema(nullable = true) Withdrawal withdrawal,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue
                           @Schema(implementation = PerformancePart.class, description = "the frozen part; only on a single revision")
                           String content) {

    @JsonPropertyOrder({"previousRevision", "count", "truncated", "items"})
    public record Changes(@Schema(nullable = true, example = "1") Integer previousRevision, int count, boolean truncated,
                          @Schema(maxItems = 200) List<Change> items) {
    }

    @JsonPropertyOrder({"path", "before", "after"})
    public record Change(@Schema(example = "$.forms[0].document.projectName") String path,
                         @Schema(description = "the value before; null when absent") JsonNode before,
                         @Schema(description = "the value after; null when absent") JsonNode after) {
    }

    @JsonPropertyOrder({"at", "by", "reason"})
    public record Withdrawal(String at, String by, String reason) {
    }
}
