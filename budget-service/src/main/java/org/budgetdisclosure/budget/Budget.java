package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's budget for one fiscal year, as one document: what {@code PUT /budgets/{unitCode}/{year}}
 * takes and {@code GET} returns. Every table, figure and finding is derived from it.
 */
@Schema(description = "A unit's whole budget for one fiscal year (单位预算). Amounts are exact yuan as decimal strings.")
public record Budget(
        @Schema(description = "单位编码 of the budget unit", example = "402001", readOnly = true, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String unitCode,
        @Schema(description = "Fiscal year", example = "2025", readOnly = true, minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) Integer fiscalYear,
        @Schema(description = "DRAFT, APPROVED or PUBLISHED", example = "PUBLISHED") BudgetStatus status,
        @Schema(description = "Server-assigned version of the draft, +1 on every change of content (not a publication revision)", example = "1", readOnly = true, minimum = "1", maximum = Limits.VERSION_MAX) Integer version,
        @Schema(description = "The date the disclosure is signed (落款日期)", example = "2025-05-14", maxLength = Limits.DATE) LocalDate disclosureDate,
        @Schema(description = "Income by funding source, current year and carried over (收入)", maxItems = Limits.LINES) List<IncomeLine> income,
        @Schema(description = "Expenditure at 项 level of the functional classification (支出)", maxItems = Limits.LINES) List<ExpenditureLine> expenditureLines,
        @Schema(description = "Basic expenditure by department economic item (基本支出分经济科目)", maxItems = Limits.LINES) List<EconomicLine> basicExpenditureByEconomic,
        @Schema(description = "Projects with their amounts per funding source (项目支出)", maxItems = Limits.LINES) List<Project> projects,
        @Schema(description = "“三公”经费 by item and fiscal source", maxItems = Limits.LINES) List<ThreePublicExpenseLine> threePublicExpenses,
        @Schema(description = "机关运行经费 per (sub)unit and fiscal source", maxItems = Limits.LINES) List<OperatingExpenseLine> operatingExpenses,
        @Schema(description = "Last year's totals, for the year-on-year comparison") PriorYearFigures priorYear,
        @Schema(description = "Authored text of the explanations (情况说明)") AuthoredTexts texts) {

    public Budget {
        income = listOrEmpty(income);
        expenditureLines = listOrEmpty(expenditureLines);
        basicExpenditureByEconomic = listOrEmpty(basicExpenditureByEconomic);
        projects = listOrEmpty(projects);
        threePublicExpenses = listOrEmpty(threePublicExpenses);
        operatingExpenses = listOrEmpty(operatingExpenses);
        priorYear = priorYear == null ? PriorYearFigures.NONE : priorYear;
        texts = texts == null ? AuthoredTexts.NONE : texts;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The same content under the key and version the server assigns. */
    public Budget withIdentity(String unitCode, int fiscalYear, int version) {
        return new Budget(unitCode, fiscalYear, status, version, disclosureDate, income, expenditureLines,
                basicExpenditureByEconomic, projects, threePublicExpenses, operatingExpenses, priorYear, texts);
    }

    /** The same document with another status (a frozen revision shows PUBLISHED). */
    public Budget withStatus(BudgetStatus newStatus) {
        return new Budget(unitCode, fiscalYear, newStatus, version, disclosureDate, income, expenditureLines,
                basicExpenditureByEconomic, projects, threePublicExpenses, operatingExpenses, priorYear, texts);
    }
}
