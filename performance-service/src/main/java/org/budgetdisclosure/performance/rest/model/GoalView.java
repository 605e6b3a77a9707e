package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project under performance goal management; {@code hasForm} false for one whose form is not printed. */
@Schema(name = "ManagedGoal")
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "projectName", "category", "categoryName", "amount",
        "published", "hasForm"})
public record GoalView(@Schema(readOnly = true, pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                       @Schema(readOnly = true, minimum = "0", maximum = "9999") Integer fiscalYear,
                       @Schema(readOnly = true, example = "402001250003", pattern = Limits.PROJECT_CODE, maxLength = FieldLimits.PROJECT_CODE) String projectCode,
                       @Schema(example = "遗属人员补助", maxLength = FieldLimits.PROJECT_NAME) String projectName,
                       @Schema(example = "OTHER_OPERATION", enumeration = {"PERSONNEL", "OTHER_OPERATION", "SPECIFIC_GOAL"}) String category,
                       @Schema(readOnly = true, example = "其他运转类", maxLength = FieldLimits.LABEL) String categoryName,
                       @Schema(example = "21240.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String amount, Boolean published,
                       @Schema(readOnly = true) Boolean hasForm) {
}
