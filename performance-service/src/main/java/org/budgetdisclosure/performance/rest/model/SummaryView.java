package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The figures of section 十 (绩效管理情况) of a unit's disclosure; 万元 values are display strings. */
@Schema(name = "PerformanceSummary")
@JsonPropertyOrder({"unitCode", "fiscalYear", "overallGoal", "managed", "published"})
public record SummaryView(String unitCode, int fiscalYear, OverallGoalView overallGoal, Tally managed,
                          PublishedTally published) {

    @JsonPropertyOrder({"count", "amount", "amountWanYuan", "byCategory"})
    public record Tally(int count, @Schema(example = "2821240.00") String amount,
                        @Schema(example = "282.12") String amountWanYuan, List<CategoryTally> byCategory) {
    }

    @JsonPropertyOrder({"category", "categoryName", "count", "amount", "amountWanYuan"})
    public record CategoryTally(@Schema(example = "SPECIFIC_GOAL") String category,
                                @Schema(example = "特定目标类") String categoryName, int count,
                                @Schema(example = "2800000.00") String amount,
                                @Schema(example = "280.00") String amountWanYuan) {
    }

    @JsonPropertyOrder({"count", "amount", "amountWanYuan", "byCategory", "shareOfProjectExpenditure",
            "shareStatus", "projectExpenditureTotal", "projectExpenditureSource"})
    public record PublishedTally(int count, String amount, String amountWanYuan, List<CategoryTally> byCategory,
                                 @Schema(description = "share in %, two decimals; null when not available",
                                         example = "100.00") String shareOfProjectExpenditure,
                                 @Schema(enumeration = {"AVAILABLE", "NOT_AVAILABLE"}) String shareStatus,
                                 @Schema(example = "2821240.00", nullable = true) String projectExpenditureTotal,
                                 @Schema(enumeration = {"BUDGET_SERVICE", "STORED"}) String projectExpenditureSource) {
    }

    @JsonPropertyOrder({"reported", "amount", "amountWanYuan", "goalText", "statement"})
    public record OverallGoalView(boolean reported, String amount, String amountWanYuan, @Schema(nullable = true) String goalText,
                                  String statement) {
    }
}
