package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.Finding;

import java.util.List;

/** The findings of the rules over one form or a unit's year; {@code publishable} when no ERROR. */
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "publishable", "errors", "warnings", "infos", "findings"})
public record ValidationReport(String unitCode, int fiscalYear, String projectCode, boolean publishable, int errors,
                               int warnings, int infos, List<FindingView> findings) {

    @JsonPropertyOrder({"ruleId", "severity", "status", "messageZh", "messageEn", "location"})
    public record FindingView(String ruleId, String severity, String status, String messageZh, String messageEn,
                              Location location) {

        static FindingView of(Finding f) {
            return new FindingView(f.ruleId(), f.severity().name(), f.status().name(), f.messageZh(), f.messageEn(),
                    new Location(f.projectCode(), f.field(), f.indicatorPath()));
        }
    }

    @JsonPropertyOrder({"form", "field", "indicatorPath"})
    public record Location(String form, String field, String indicatorPath) {
    }

    public static ValidationReport of(String unitCode, int year, String projectCode, List<Finding> findings) {
        int errors = (int) findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
        int warnings = (int) findings.stream().filter(f -> f.severity().name().equals("WARNING")).count();
        return new ValidationReport(unitCode, year, projectCode, errors == 0, errors, warnings,
                findings.size() - errors - warnings, findings.stream().map(FindingView::of).toList());
    }
}
