package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The figures of section 十 (绩效管理情况) of a unit's disclosure; 万元 values are display strings. */
@Schema(name = "PerformanceSummary")
@JsonPropertyOrder({"unitCode", "fiscalYear", "overallGoal", "managed", "published"})
// Sums of at most 2000 projects (FieldLimits.PROJECTS_PER_YEAR) of at most 16 integer digits each stay below
// 10^20: at most 20 integer digits, so 23 characters in yuan and fewer in 万元. The budget-service total is used only
// with at most 26 integer digits (BudgetLookup), so at most 30 characters; the share (in %, of a total of at least
// one cent) has at most 24 integer digits: 27 characters, with a sign 28.
public record SummaryView(@Schema(pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
                          @Schema(minimum = "0", maximum = "9999") int fiscalYear,
                          OverallGoalView overallGoal, Tally managed, PublishedTally published) {

    /** A sum of projects' amounts in yuan or 万元. */
    public static final int SUM = 23;
    public static final String SUM_PATTERN = "^[0-9]{1,20}[.][0-9]{2}$";
    /** Categories of a tally: one per ProjectCategory. */
    public static final int CATEGORIES = 3;

    @JsonPropertyOrder({"count", "amount", "amountWanYuan", "byCategory"})
    public record Tally(@Schema(minimum = "0", maximum = "" + FieldLimits.PROJECTS_PER_YEAR) int count,
                        @Schema(example = "2821240.00", pattern = SUM_PATTERN, maxLength = SUM) String amount,
                        @Schema(example = "282.12", pattern = SUM_PATTERN, maxLength = SUM) String amountWanYuan,
                        @Schema(maxItems = CATEGORIES) List<CategoryTally> byCategory) {
    }

    @JsonPropertyOrder({"category", "categoryName", "count", "amount", "amountWanYuan"})
    public record CategoryTally(@Schema(example = "SPECIFIC_GOAL", enumeration = {"PERSONNEL", "OTHER_OPERATION", "SPECIFIC_GOAL"}) String category,
                                @Schema(example = "特定目标类", maxLength = FieldLimits.LABEL) String categoryName,
                                @Schema(minimum = "0", maximum = "" + FieldLimits.PROJECTS_PER_YEAR) int count,
                                @Schema(example = "2800000.00", pattern = SUM_PATTERN, maxLength = SUM) String amount,
                                @Schema(example = "280.00", pattern = SUM_PATTERN, maxLength = SUM) String amountWanYuan) {
    }

    @JsonPropertyOrder({"count", "amount", "amountWanYuan", "byCategory", "shareOfProjectExpenditure",
            "shareStatus", "projectExpenditureTotal", "projectExpenditureSource"})
    public record PublishedTally(@Schema(minimum = "0", maximum = "" + FieldLimits.PROJECTS_PER_YEAR) int count,
                                 @Schema(pattern = SUM_PATTERN, maxLength = SUM) String amount,
                                 @Schema(pattern = SUM_PATTERN, maxLength = SUM) String amountWanYuan,
                                 @Schema(maxItems = CATEGORIES) List<CategoryTally> byCategory,
                                 @Schema(description = "share in %, two decimals; null when not available",
                                         example = "100.00", nullable = true, pattern = "^-?[0-9]{1,24}[.][0-9]{2}$", maxLength = 28) String shareOfProjectExpenditure,
                                 @Schema(enumeration = {"AVAILABLE", "NOT_AVAILABLE"}) String shareStatus,
                                 @Schema(example = "2821240.00", nullable = true, pattern = "^-?[0-9]{1,26}[.][0-9]{2}$", maxLength = 30) String projectExpenditureTotal,
                                 @Schema(enumeration = {"BUDGET_SERVICE", "STORED"}) String projectExpenditureSource) {
    }

    @JsonPropertyOrder({"reported", "amount", "amountWanYuan", "goalText", "statement"})
    public record OverallGoalView(boolean reported,
                                  @Schema(pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String amount,
                                  @Schema(pattern = SUM_PATTERN, maxLength = SUM) String amountWanYuan,
                                  @Schema(nullable = true, maxLength = FieldLimits.LONG_TEXT) String goalText,
                                  @Schema(nullable = true, maxLength = FieldLimits.STATEMENT) String statement) {
    }
}
