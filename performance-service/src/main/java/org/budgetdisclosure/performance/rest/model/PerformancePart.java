package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The performance part of a unit-year disclosure, as a revision freezes it: each member exactly as its GET
 * renders it (the unit's year, the summary, every form as document and grid in list order, the managed goals).
 * A unit-year with no performance data is an empty part: unitYear and summary null, no forms, no goals.
 */
@Schema(name = "PerformancePart")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"unitYear", "summary", "forms", "goals"})
public record PerformancePart(@Schema(nullable = true) OverallGoalDocument unitYear,
                              @Schema(nullable = true) SummaryView summary,
                              // forms plus form-less goals of a unit-year: at most PROJECTS_PER_YEAR (kept on create)
                              @Schema(maxItems = FieldLimits.PROJECTS_PER_YEAR) List<FrozenForm> forms,
                              @Schema(maxItems = FieldLimits.PROJECTS_PER_YEAR) List<GoalView> goals) {

    @JsonPropertyOrder({"projectCode", "document", "grid"})
    public record FrozenForm(@Schema(example = "402001250002", pattern = Limits.PROJECT_CODE, maxLength = FieldLimits.PROJECT_CODE) String projectCode, FormDocument document, Grid grid) {
    }
}
