package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** 项目: a named project with its functional code and its amounts per source, this year and carried over. */
@Schema(description = "A project (项目支出) with amounts per funding source")
public record Project(
        @Schema(description = "Project code, unique within the budget", example = "402001250001", minLength = 1, maxLength = Limits.PROJECT_CODE) String code,
        @Schema(example = "民营经济（中小微企业）发展专项资金", minLength = 1, maxLength = Limits.PROJECT_NAME) String name,
        @Schema(description = "7-digit functional code the project is spent under", example = "2150805", maxLength = 7, pattern = Limits.FUNCTIONAL_ITEM_PATTERN) String functionalCode,
        @Schema(example = "SPECIFIC_GOAL") ProjectCategory category,
        @Schema(description = "One per funding source, this year and carried over", maxItems = Limits.PROJECT_AMOUNTS) List<ProjectAmount> amounts) {

    public Project {
        amounts = amounts == null ? List.of() : amounts;
    }

    public BigDecimal total(boolean carriedOver) {
        BigDecimal total = Money.ZERO;
        for (ProjectAmount amount : amounts) {
            if (amount.carriedOver() == carriedOver) {
                total = total.add(amount.amount());
            }
        }
        return total;
    }

    public BigDecimal amount(FundingSource source, boolean carriedOver) {
        BigDecimal total = Money.ZERO;
        for (ProjectAmount amount : amounts) {
            if (amount.carriedOver() == carriedOver && amount.fundingSource() == source) {
                total = total.add(amount.amount());
            }
        }
        return total;
    }
}
