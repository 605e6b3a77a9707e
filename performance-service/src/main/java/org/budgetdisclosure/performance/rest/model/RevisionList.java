package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The revisions of a unit-year's performance part, newest first. {@code latest} is the highest revision number
 * frozen (withdrawn or not: the number the next publish builds on); {@code draftHash} only for callers who may
 * read the draft.
 */
@Schema(name = "PerformanceRevisions")
@JsonPropertyOrder({"unitCode", "fiscalYear", "latest", "draftHash", "items"})
// Revision numbers are 1–999999999 (the path's pattern), one item per number.
public record RevisionList(@Schema(example = "402001", pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                           @Schema(example = "2025", minimum = "0", maximum = "9999") int fiscalYear,
                           @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true, example = "1", minimum = "1", maximum = "999999999") Integer latest,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "only to callers who may read the draft",
                                   pattern = "^sha256:[0-9a-f]{64}$", maxLength = 71)
                           String draftHash,
                           @Schema(maxItems = 999999999) List<RevisionView> items) {
}
