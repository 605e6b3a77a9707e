package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.Money;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a budget document must satisfy to be stored at all: every field present and well-formed,
 * every amount a non-negative yuan value with at most two decimals that fits NUMERIC(18,2), every
 * code known to the year's catalogue at the right level, no line twice. The identities between
 * tables are not checked here: they are findings ({@link BudgetRules}), because a draft may be
 * incomplete.
 */
public final class BudgetDocumentRules {

    public static final int MIN_YEAR = Limits.MIN_YEAR;
    public static final int MAX_YEAR = Limits.MAX_YEAR;
    public static final int MAX_LINES = Limits.LINES;
    public static final int MAX_TEXT = Limits.TEXT;

    private final YearCatalogue catalogue;
    private final List<FieldError> errors = new ArrayList<>();

    private BudgetDocumentRules(YearCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static boolean isValidYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static List<FieldError> check(Budget budget, YearCatalogue catalogue) {
        BudgetDocumentRules rules = new BudgetDocumentRules(catalogue);
        rules.checkAll(budget);
        return List.copyOf(rules.errors);
    }

    private void checkAll(Budget budget) {
        if (budget.status() == null) {
            error("status", "is required: DRAFT, APPROVED or PUBLISHED");
        }
        income(budget.income());
        expenditure(budget.expenditureLines());
        economic(budget.basicExpenditureByEconomic());
        projects(budget.projects());
        threePublic(budget.threePublicExpenses());
        operating(budget.operatingExpenses());
        optionalAmount("priorYear.incomeTotal", budget.priorYear().incomeTotal());
        optionalAmount("priorYear.expenditureTotal", budget.priorYear().expenditureTotal());
        optionalAmount("priorYear.generalPublicBudgetExpenditure", budget.priorYear().generalPublicBudgetExpenditure());
        optionalAmount("priorYear.threePublicExpenses", budget.priorYear().threePublicExpenses());
        optionalAmount("priorYear.operatingExpenses", budget.priorYear().operatingExpenses());
        text("texts.changeReason", budget.texts().changeReason());
        text("texts.threePublicExpensesChangeReason", budget.texts().threePublicExpensesChangeReason());
        text("texts.operatingExpensesChangeReason", budget.texts().operatingExpensesChangeReason());
        text("texts.otherNotes", budget.texts().otherNotes());
    }

    private void income(List<IncomeLine> lines) {
        if (!size("income", lines)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            IncomeLine line = lines.get(i);
            String at = "income[" + i + "]";
            if (line == null) {
                error(at, "must not be null");
                continue;
            }
            required(at + ".fundingSource", line.fundingSource());
            amount(at + ".amount", line.amount());
            if (!seen.add(line.fundingSource() + "/" + line.carriedOver())) {
                error(at, "duplicate line: " + line.fundingSource() + (line.carriedOver() ? " carried over" : " current year")
                        + " appears more than once");
            }
        }
    }

    private void expenditure(List<ExpenditureLine> lines) {
        if (!size("expenditureLines", lines)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ExpenditureLine line = lines.get(i);
            String at = "expenditureLines[" + i + "]";
            if (line == null) {
                error(at, "must not be null");
                continue;
            }
            functionalItem(at + ".functionalCode", line.functionalCode());
            required(at + ".fundingSource", line.fundingSource());
            required(at + ".kind", line.kind());
            amount(at + ".amount", line.amount());
            if (!seen.add(line.functionalCode() + "/" + line.fundingSource() + "/" + line.kind() + "/" + line.carriedOver())) {
                error(at, "duplicate line: " + line.functionalCode() + " " + line.fundingSource() + " " + line.kind()
                        + (line.carriedOver() ? " carried over" : " current year") + " appears more than once");
            }
        }
    }

    private void economic(List<EconomicLine> lines) {
        if (!size("basicExpenditureByEconomic", lines)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            EconomicLine line = lines.get(i);
            String at = "basicExpenditureByEconomic[" + i + "]";
            if (line == null) {
                error(at, "must not be null");
                continue;
            }
            String code = line.economicCode();
            if (code == null) {
                error(at + ".economicCode", "is required");
            } else if (!code.matches("\\d+")) {
                error(at + ".economicCode", "must be digits: " + code);
            } else if (code.length() != 5) {
                error(at + ".economicCode", "must be a 5-digit item (款) of 部门预算支出经济分类, not a "
                        + (code.length() == 3 ? "class (类)" : code.length() + "-digit code") + ": " + code);
            } else if (catalogue.departmentEconomic(code).isEmpty()) {
                error(at + ".economicCode", "unknown in the " + catalogue.fiscalYear() + " 部门预算支出经济分类: " + code);
            }
            required(at + ".fundingSource", line.fundingSource());
            amount(at + ".amount", line.amount());
            if (!seen.add(code + "/" + line.fundingSource() + "/" + line.carriedOver())) {
                error(at, "duplicate line: " + code + " " + line.fundingSource() + " appears more than once");
            }
        }
    }

    private void projects(List<Project> projects) {
        if (!size("projects", projects)) {
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String at = "projects[" + i + "]";
            if (project == null) {
                error(at, "must not be null");
                continue;
            }
            if (project.code() == null || project.code().isBlank()) {
                error(at + ".code", "is required");
            } else if (project.code().length() > Limits.PROJECT_CODE) {
                error(at + ".code", "must be at most " + Limits.PROJECT_CODE + " characters");
            } else if (!codes.add(project.code())) {
                error(at + ".code", "duplicate project code " + project.code());
            }
            if (project.name() == null || project.name().isBlank()) {
                error(at + ".name", "is required");
            } else if (project.name().length() > Limits.PROJECT_NAME) {
                error(at + ".name", "must be at most " + Limits.PROJECT_NAME + " characters");
            }
            if (project.amounts().size() > Limits.PROJECT_AMOUNTS) {
                error(at + ".amounts", "must have at most " + Limits.PROJECT_AMOUNTS + " entries (one per funding source, this year and carried over)");
                continue;
            }
            functionalItem(at + ".functionalCode", project.functionalCode());
            required(at + ".category", project.category());
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < project.amounts().size(); j++) {
                ProjectAmount amount = project.amounts().get(j);
                String amountAt = at + ".amounts[" + j + "]";
                if (amount == null) {
                    error(amountAt, "must not be null");
                    continue;
                }
                required(amountAt + ".fundingSource", amount.fundingSource());
                amount(amountAt + ".amount", amount.amount());
                if (!seen.add(amount.fundingSource() + "/" + amount.carriedOver())) {
                    error(amountAt, "duplicate amount for " + amount.fundingSource());
                }
            }
        }
    }

    private void threePublic(List<ThreePublicExpenseLine> lines) {
        if (!size("threePublicExpenses", lines)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ThreePublicExpenseLine line = lines.get(i);
            String at = "threePublicExpenses[" + i + "]";
            if (line == null) {
                error(at, "must not be null");
                continue;
            }
            required(at + ".item", line.item());
            fiscalSource(at + ".fundingSource", line.fundingSource());
            amount(at + ".amount", line.amount());
            if (!seen.add(line.item() + "/" + line.fundingSource())) {
                error(at, "duplicate line: " + line.item() + " " + line.fundingSource() + " appears more than once");
            }
        }
    }

    private void operating(List<OperatingExpenseLine> lines) {
        if (!size("operatingExpenses", lines)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OperatingExpenseLine line = lines.get(i);
            String at = "operatingExpenses[" + i + "]";
            if (line == null) {
                error(at, "must not be null");
                continue;
            }
            if (line.unitName() == null || line.unitName().isBlank()) {
                error(at + ".unitName", "is required");
            } else if (line.unitName().length() > Limits.NAME) {
                error(at + ".unitName", "must be at most " + Limits.NAME + " characters");
            }
            fiscalSource(at + ".fundingSource", line.fundingSource());
            amount(at + ".amount", line.amount());
            if (!seen.add(line.unitName() + "/" + line.fundingSource())) {
                error(at, "duplicate line: " + line.unitName() + " " + line.fundingSource() + " appears more than once");
            }
        }
    }

    private void functionalItem(String field, String code) {
        if (code == null) {
            error(field, "is required");
        } else if (!code.matches("\\d+")) {
            error(field, "must be digits: " + code);
        } else if (code.length() != 7) {
            String what = switch (code.length()) {
                case 3 -> "a class (类)";
                case 5 -> "a section (款)";
                default -> "a " + code.length() + "-digit code";
            };
            error(field, "lines are held at 项 level (7 digits), not " + what + ": " + code);
        } else if (catalogue.functional(code).filter(c -> c.level() == 3).isEmpty()) {
            error(field, "unknown in the " + catalogue.fiscalYear() + " 支出功能分类: " + code);
        }
    }

    private void fiscalSource(String field, FundingSource source) {
        if (source == null) {
            error(field, "is required");
        } else if (!source.isFiscalAppropriation()) {
            error(field, "must be a fiscal appropriation (一般公共预算, 政府性基金预算 or 国有资本经营预算): " + source);
        }
    }

    private void amount(String field, BigDecimal amount) {
        if (amount == null) {
            error(field, "is required");
            return;
        }
        optionalAmount(field, amount);
    }

    private void optionalAmount(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            error(field, "must not be negative: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            error(field, "must have at most two decimals (yuan and fen): " + amount.toPlainString());
        }
        if (Money.integerDigits(amount) > Money.MAX_INTEGER_DIGITS) {
            error(field, "must have at most " + Money.MAX_INTEGER_DIGITS + " digits before the decimal point");
        } else if (amount.toPlainString().length() > Limits.MONEY_TEXT) {
            error(field, "must be at most " + Limits.MONEY_TEXT + " characters as a decimal (no trailing zeros beyond two decimals)");
        }
    }

    private void text(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            error(field, "must be at most " + MAX_TEXT + " characters");
        }
    }

    private boolean size(String field, List<?> list) {
        if (list.size() > MAX_LINES) {
            error(field, "must have at most " + MAX_LINES + " entries");
            return false;
        }
        return true;
    }

    private void required(String field, Object value) {
        if (value == null) {
            error(field, "is required");
        }
    }

    private void error(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }
}
