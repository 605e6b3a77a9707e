package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The findings of the rules over one form or a unit's year; {@code publishable} when no ERROR. */
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "publishable", "errors", "warnings", "infos", "findings"})
// A form has at most 811 findings (funds split 2, annual within period 6, levels 2 × 200, targets 2 × 200, cost
// arithmetic 2, budget 1), counted here as 1000; a unit's year at most PROJECTS_PER_YEAR forms.
public record ValidationReport(@Schema(pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                               @Schema(minimum = "0", maximum = "9999") int fiscalYear,
                               @Schema(nullable = true, pattern = Limits.PROJECT_CODE, maxLength = FieldLimits.PROJECT_CODE) String projectCode,
                               boolean publishable,
                               @Schema(minimum = "0", maximum = "" + MAX_FINDINGS) int errors,
                               @Schema(minimum = "0", maximum = "" + MAX_FINDINGS) int warnings,
                               @Schema(minimum = "0", maximum = "" + MAX_FINDINGS) int infos,
                               @Schema(maxItems = MAX_FINDINGS) List<FindingView> findings) {

    /** Findings of one form, rounded up. */
    public static final int FINDINGS_PER_FORM = 1000;
    /** Findings of a unit's year. */
    public static final int MAX_FINDINGS = FINDINGS_PER_FORM * FieldLimits.PROJECTS_PER_YEAR;

    @JsonPropertyOrder({"ruleId", "severity", "status", "messageZh", "messageEn", "location"})
    // Messages quote amounts, a target (≤ 100) or the rule's reason: far below 2000.
    public record FindingView(@Schema(maxLength = 64, example = "PERF-COST-ARITHMETIC") String ruleId,
                              @Schema(enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
                              @Schema(enumeration = {"FAILED", "NOT_CHECKED"}) String status,
                              @Schema(maxLength = FieldLimits.STATEMENT) String messageZh,
                              @Schema(maxLength = FieldLimits.STATEMENT) String messageEn,
                              Location location) {

        static FindingView of(Finding f) {
            return new FindingView(f.ruleId(), f.severity().name(), f.status().name(), f.messageZh(), f.messageEn(),
                    new Location(f.projectCode(), f.field(), f.indicatorPath()));
        }
    }

    @JsonPropertyOrder({"form", "field", "indicatorPath"})
    // indicatorPath: 一级/二级 labels (≤ 20 each) and the 三级指标 (≤ 500).
    public record Location(@Schema(pattern = Limits.PROJECT_CODE, maxLength = FieldLimits.PROJECT_CODE) String form,
                           @Schema(nullable = true, maxLength = 200) String field,
                           @Schema(nullable = true, maxLength = 2 * FieldLimits.LABEL + 2 + FieldLimits.INDICATOR_NAME) String indicatorPath) {
    }

    public static ValidationReport of(String unitCode, int year, String projectCode, List<Finding> findings) {
        int errors = (int) findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
        int warnings = (int) findings.stream().filter(f -> f.severity().name().equals("WARNING")).count();
        return new ValidationReport(unitCode, year, projectCode, errors == 0, errors, warnings,
                findings.size() - errors - warnings, findings.stream().map(FindingView::of).toList());
    }
}
