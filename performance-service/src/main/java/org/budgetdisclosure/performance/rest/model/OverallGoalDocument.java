package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's year: its name, region (for the forms' heading), 整体绩效目标, and a stored project-expenditure total. */
@Schema(name = "UnitPerformance")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"unitCode", "fiscalYear", "unitName", "regionName", "overallGoal", "projectExpenditureTotal"})
public record OverallGoalDocument(@Schema(readOnly = true, pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                                  @Schema(readOnly = true, minimum = "0", maximum = "9999") Integer fiscalYear,
                                  @Schema(example = "长治市上党区中小企业服务中心", maxLength = FieldLimits.NAME) String unitName,
                                  @Schema(example = "上党区", maxLength = FieldLimits.REGION_NAME) String regionName,
                                  OverallGoal overallGoal,
                                  @Schema(description = "fallback base of the share when budget-service is not reachable",
                                          nullable = true, pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String projectExpenditureTotal) {

    @JsonPropertyOrder({"reported", "amount", "goalText", "statement"})
    public record OverallGoal(@Schema(description = "false: 未编报整体绩效目标") Boolean reported,
                              @Schema(example = "0.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String amount,
                              @Schema(nullable = true, maxLength = FieldLimits.LONG_TEXT) String goalText,
                              @Schema(example = "2025年本单位未编报整体绩效目标,涉及资金0万元", maxLength = FieldLimits.STATEMENT) String statement) {
    }
}
