package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The revisions of a unit-year's performance part, newest first. {@code latest} is the highest revision number
 * frozen (withdrawn or not: the number the next publish builds on); {@code draftHash} only for callers who may
 * read the draft.
 */
@Schema(name = "PerformanceRevisions")
@JsonPropertyOrder({"unitCode", "fiscalYear", "latest", "draftHash", "items"})
public record RevisionList(@Schema(example = "402001") String unitCode, @Schema(example = "2025") int fiscalYear,
                           @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true, example = "1") Integer latest,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "only to callers who may read the draft")
                           String draftHash,
                           List<RevisionView> items) {
}
