package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A form in a list: its key, name, category, annual funds and whether it is published. */
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "projectName", "category", "categoryName",
        "annualTotal", "published", "href"})
public record FormListItem(@Schema(pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                           @Schema(minimum = "0", maximum = "9999") int fiscalYear,
                           @Schema(pattern = Limits.PROJECT_CODE, maxLength = FieldLimits.PROJECT_CODE) String projectCode,
                           @Schema(maxLength = FieldLimits.PROJECT_NAME) String projectName,
                           @Schema(enumeration = {"PERSONNEL", "OTHER_OPERATION", "SPECIFIC_GOAL"}) String category,
                           @Schema(maxLength = FieldLimits.LABEL) String categoryName,
                           @Schema(nullable = true, pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String annualTotal,
                           boolean published,
                           @Schema(maxLength = 200, description = "path of the form") String href) {
}
