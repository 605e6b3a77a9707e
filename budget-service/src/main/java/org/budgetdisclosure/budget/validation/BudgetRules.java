package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureKind;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.Money;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.tables.BudgetTable;
import org.budgetdisclosure.budget.tables.GridRow;
import org.budgetdisclosure.budget.validation.Finding.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks finance offices run before a disclosure goes out (勾稽关系), each a named rule:
 * identities within a table and across tables, input against the catalogues, authored text.
 * Exact amounts are compared exactly; data that arrived already rounded to 万元 (every term a whole
 * 100 yuan) gets half a unit of the last digit (50 yuan) per summed term.
 */
public final class BudgetRules {

    public static final String BALANCE = "BGT-BALANCE";
    public static final String INCOME_BY_SOURCE = "BGT-INCOME-BY-SOURCE";
    public static final String TABLES_AGREE = "BGT-TABLES-AGREE";
    public static final String FISCAL_WITHIN_TOTAL = "BGT-FISCAL-WITHIN-TOTAL";
    public static final String BASIC_BY_ECONOMIC = "BGT-BASIC-FUNCTION-ECONOMIC";
    public static final String PROJECTS_MATCH_LINES = "BGT-PROJECTS-MATCH-LINES";
    public static final String HIERARCHY = "BGT-HIERARCHY-SUM";
    public static final String ROW_IDENTITY = "BGT-ROW-IDENTITY";
    public static final String DISPLAY_ROUNDING = "BGT-DISPLAY-ROUNDING";
    public static final String OPERATING_EXPENSES = "BGT-OPERATING-EXPENSES";
    public static final String CHANGE_REASON = "BGT-CHANGE-REASON";
    public static final String PLACEHOLDER = "BGT-PLACEHOLDER-TEXT";
    public static final String GOVERNMENT_MAPPING = "BGT-GOV-ECONOMIC-MAPPING";
    public static final String PROJECT_WITHOUT_AMOUNT = "BGT-PROJECT-WITHOUT-AMOUNT";

    static final BigDecimal TOLERANCE_PER_TERM = new BigDecimal("50.00");
    static final BigDecimal SIGNIFICANT_CHANGE_PERCENT = new BigDecimal("10");
    private static final BigDecimal ROUNDED_UNIT = new BigDecimal("100");
    private static final Pattern PLACEHOLDERS = Pattern.compile("XX|xx|××|待填|待补充|\\?\\?\\?");

    private final Budget budget;
    private final UnitType unitType;
    private final YearCatalogue catalogue;
    private final Map<Integer, BudgetTable> tables = new TreeMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private BudgetRules(Budget budget, UnitType unitType, YearCatalogue catalogue, List<BudgetTable> tables) {
        this.budget = budget;
        this.unitType = unitType;
        this.catalogue = catalogue;
        tables.forEach(table -> this.tables.put(table.number(), table));
    }

    public static List<Finding> check(Budget budget, UnitType unitType, YearCatalogue catalogue, List<BudgetTable> tables) {
        BudgetRules rules = new BudgetRules(budget, unitType, catalogue, tables);
        rules.balance();
        rules.incomeBySource();
        rules.tablesAgree();
        rules.fiscalWithinTotal();
        rules.basicByFunctionEqualsByEconomic();
        rules.projectsMatchLines();
        rules.hierarchyAndRounding();
        rules.rowIdentities();
        rules.operatingExpenses();
        rules.changeReasons();
        rules.placeholders();
        rules.governmentMapping();
        rules.projectsWithoutAmount();
        return List.copyOf(rules.findings);
    }

    // 收入总计 = 支出总计
    private void balance() {
        compare(BALANCE, budget.income(), IncomeLine::amount, budget.expenditureLines(), ExpenditureLine::amount,
                "收入总计与支出总计不相等", "Total income does not equal total expenditure",
                Location.table(1, "收入总计/支出总计", "合计"));
    }

    // income of each source = expenditure funded by it, this year and carried over
    private void incomeBySource() {
        for (FundingSource source : FundingSource.values()) {
            for (boolean carried : new boolean[]{false, true}) {
                List<IncomeLine> income = budget.income().stream()
                        .filter(l -> l.fundingSource() == source && l.carriedOver() == carried).toList();
                List<ExpenditureLine> spent = budget.expenditureLines().stream()
                        .filter(l -> l.fundingSource() == source && l.carriedOver() == carried).toList();
                String what = source.label() + (carried ? "（上年结转）" : "");
                compare(INCOME_BY_SOURCE, income, IncomeLine::amount, spent, ExpenditureLine::amount,
                        what + "收入与按该来源安排的支出不相等",
                        "Income from " + source + (carried ? " (carried over)" : "") + " does not equal the expenditure it funds",
                        Location.table(carried ? 1 : 2, what, source.label()));
            }
        }
    }

    // tables 1–5 agree on the totals they share
    private void tablesAgree() {
        BigDecimal t1 = amount(1, "收入总计", "expenditure.total");
        BigDecimal t2 = amount(2, "合计", "currentTotal").add(amount(2, "合计", "carriedOver"));
        BigDecimal t3 = amount(3, "合计", "total");
        agree(t1, t3, "表一支出总计与表三合计不一致", "Table 1 total expenditure differs from table 3 total", 3);
        agree(t2, t3, "表二收入合计与表三支出合计不一致", "Table 2 total differs from table 3 total", 2);
        BigDecimal t4Gpb = amount(4, "收入总计", "expenditure." + FundingSource.GENERAL_PUBLIC_BUDGET.name());
        BigDecimal gpbCarried = Money.sum(budget.expenditureLines().stream()
                .filter(l -> l.fundingSource() == FundingSource.GENERAL_PUBLIC_BUDGET && l.carriedOver()).toList(),
                ExpenditureLine::amount);
        BigDecimal t5 = amount(5, "合计", "total");
        agree(t4Gpb.subtract(gpbCarried), t5, "表四一般公共预算（不含结转）与表五合计不一致",
                "Table 4 general public budget (without carry-over) differs from table 5", 5);
        BigDecimal t12 = amount(12, "total", "total");
        BigDecimal projectCurrent = amount(3, "合计", "project").subtract(Money.sum(budget.expenditureLines().stream()
                .filter(l -> l.kind() == ExpenditureKind.PROJECT && l.carriedOver()).toList(), ExpenditureLine::amount));
        agree(t12, projectCurrent, "表十二合计与本年项目支出不一致",
                "Table 12 total differs from this year's project expenditure", 12);
    }

    private void agree(BigDecimal left, BigDecimal right, String zh, String en, int table) {
        if (left.compareTo(right) != 0) {
            add(TABLES_AGREE, Severity.ERROR, zh + "：" + Money.wanText(left) + " ≠ " + Money.wanText(right),
                    en + ": " + left.toPlainString() + " ≠ " + right.toPlainString(), Location.table(table, "合计", "合计"));
        }
    }

    // table 4 ≤ table 1; equal only when all income is fiscal appropriation
    private void fiscalWithinTotal() {
        BigDecimal fiscal = amount(4, "收入总计", "income.amount");
        BigDecimal total = amount(1, "收入总计", "income.amount");
        BigDecimal nonFiscal = Money.sum(budget.income().stream()
                .filter(l -> !l.fundingSource().isFiscalAppropriation()).toList(), IncomeLine::amount);
        if (fiscal.compareTo(total) > 0) {
            add(FISCAL_WITHIN_TOTAL, Severity.ERROR, "财政拨款收入总计大于收入总计",
                    "Fiscal appropriation income exceeds total income", Location.table(4, "收入总计", "金额"));
        } else if (fiscal.compareTo(total) == 0 && nonFiscal.signum() > 0) {
            add(FISCAL_WITHIN_TOTAL, Severity.ERROR, "存在非财政拨款收入，但财政拨款收入总计等于收入总计",
                    "Non-fiscal income exists yet fiscal income equals total income", Location.table(4, "收入总计", "金额"));
        }
    }

    // 一般公共预算基本支出: by function (table 5) = by economic classification (table 6)
    private void basicByFunctionEqualsByEconomic() {
        List<ExpenditureLine> byFunction = budget.expenditureLines().stream()
                .filter(l -> l.kind() == ExpenditureKind.BASIC && !l.carriedOver()
                        && l.fundingSource() == FundingSource.GENERAL_PUBLIC_BUDGET).toList();
        List<EconomicLine> byEconomic = budget.basicExpenditureByEconomic().stream()
                .filter(l -> !l.carriedOver() && l.fundingSource() == FundingSource.GENERAL_PUBLIC_BUDGET).toList();
        compare(BASIC_BY_ECONOMIC, byFunction, ExpenditureLine::amount, byEconomic, EconomicLine::amount,
                "一般公共预算基本支出按功能分类（表五）与按经济分类（表六）不相等",
                "General public budget basic expenditure by function (table 5) differs from the economic breakdown (table 6)",
                Location.table(6, "合计", "合计"));
    }

    // projects (tables 12/13) = project lines (table 3), per functional code, source and year of funds
    private void projectsMatchLines() {
        Map<String, List<BigDecimal>> fromProjects = new TreeMap<>();
        for (Project project : budget.projects()) {
            for (ProjectAmount amount : project.amounts()) {
                fromProjects.computeIfAbsent(key(project.functionalCode(), amount.fundingSource(), amount.carriedOver()),
                        k -> new ArrayList<>()).add(amount.amount());
            }
        }
        Map<String, List<BigDecimal>> fromLines = new TreeMap<>();
        budget.expenditureLines().stream().filter(l -> l.kind() == ExpenditureKind.PROJECT).forEach(l ->
                fromLines.computeIfAbsent(key(l.functionalCode(), l.fundingSource(), l.carriedOver()),
                        k -> new ArrayList<>()).add(l.amount()));
        TreeMap<String, Boolean> keys = new TreeMap<>();
        fromProjects.keySet().forEach(k -> keys.put(k, true));
        fromLines.keySet().forEach(k -> keys.put(k, true));
        for (String key : keys.keySet()) {
            String[] parts = key.split("/");
            boolean carried = Boolean.parseBoolean(parts[2]);
            compare(PROJECTS_MATCH_LINES, fromProjects.getOrDefault(key, List.of()), Function.identity(),
                    fromLines.getOrDefault(key, List.of()), Function.identity(),
                    "项目金额合计与项目支出科目 " + parts[0] + "（" + FundingSource.valueOf(parts[1]).label()
                            + (carried ? "，上年结转" : "") + "）不相等",
                    "Projects under " + parts[0] + " (" + parts[1] + (carried ? ", carried over" : "")
                            + ") do not add up to its project expenditure",
                    Location.table(carried ? 13 : 12, parts[0], "合计"));
        }
    }

    private static String key(String code, FundingSource source, boolean carried) {
        return code + "/" + source + "/" + carried;
    }

    // 类 = Σ款, 款 = Σ项, 合计 = Σ类 on exact amounts; and where rounding makes the printed figures not add up
    private void hierarchyAndRounding() {
        for (int number : new int[]{2, 3, 5, 6, 7, 8}) {
            BudgetTable table = tables.get(number);
            if (table == null || table.empty()) {
                continue;
            }
            List<GridRow> rows = table.rows().stream().filter(r -> !"heading".equals(r.kind())).toList();
            for (GridRow parent : rows) {
                List<GridRow> children = rows.stream().filter(child -> isChild(parent, child)).toList();
                if (children.isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> column : parent.amounts().entrySet()) {
                    BigDecimal exact = Money.sum(children, c -> c.amounts().getOrDefault(column.getKey(), Money.ZERO));
                    String rowName = parent.code() == null ? parent.name() : parent.code() + " " + parent.name();
                    if (exact.compareTo(column.getValue()) != 0) {
                        add(HIERARCHY, Severity.ERROR, "上级金额不等于下级之和：" + rowName,
                                "A parent row does not equal the sum of its children: " + rowName,
                                Location.table(number, rowName, column.getKey()));
                        continue;
                    }
                    BigDecimal displayed = Money.sum(children, c -> Money.toWan(c.amounts().getOrDefault(column.getKey(), Money.ZERO)));
                    BigDecimal difference = Money.toWan(column.getValue()).subtract(displayed);
                    if (difference.signum() != 0) {
                        add(DISPLAY_ROUNDING, Severity.INFO,
                                "按万元四舍五入显示后，下级显示值之和与上级显示值相差" + difference.abs().toPlainString() + "万元：" + rowName,
                                "Rounded to 10k yuan, the displayed children differ from the displayed parent by "
                                        + difference.abs().toPlainString() + ": " + rowName + " (exact amounts agree)",
                                Location.table(number, rowName, column.getKey()));
                    }
                }
            }
        }
    }

    private static boolean isChild(GridRow parent, GridRow child) {
        if (parent.level() == 0) {
            return child.level() == 1;
        }
        return child.level() == parent.level() + 1 && child.code() != null && parent.code() != null
                && child.code().startsWith(parent.code());
    }

    // 合计 = 基本 + 项目 (tables 3, 5, 8); 合计 = 人员经费 + 公用经费 (table 6); “三公” 合计 and 车辆
    private void rowIdentities() {
        for (int number : new int[]{3, 5, 8}) {
            for (GridRow row : tables.get(number).rows()) {
                rowIdentity(number, row, "total", "basic", "project", "合计 ≠ 基本支出 + 项目支出", "total ≠ basic + project");
            }
        }
        for (GridRow row : tables.get(6).rows()) {
            rowIdentity(6, row, "total", "personnel", "operating", "合计 ≠ 人员经费 + 公用经费", "total ≠ personnel + operating");
        }
        List<GridRow> t10 = tables.get(10).rows();
        for (String column : List.of("total", FundingSource.GENERAL_PUBLIC_BUDGET.name(), FundingSource.GOVERNMENT_FUND.name(),
                FundingSource.STATE_CAPITAL_OPERATION.name())) {
            BigDecimal outbound = t10.get(0).amounts().get(column);
            BigDecimal reception = t10.get(1).amounts().get(column);
            BigDecimal vehicles = t10.get(2).amounts().get(column);
            BigDecimal purchase = t10.get(3).amounts().get(column);
            BigDecimal operation = t10.get(4).amounts().get(column);
            BigDecimal total = t10.get(5).amounts().get(column);
            if (total.compareTo(outbound.add(reception).add(vehicles)) != 0 || vehicles.compareTo(purchase.add(operation)) != 0) {
                add(ROW_IDENTITY, Severity.ERROR, "“三公”经费合计 ≠ 出国 + 接待 + 车辆，或车辆 ≠ 购置 + 运行",
                        "Three public expenses: total ≠ travel + reception + vehicles, or vehicles ≠ purchase + operation",
                        Location.table(10, "合计", column));
            }
        }
    }

    private void rowIdentity(int table, GridRow row, String total, String a, String b, String zh, String en) {
        BigDecimal t = row.amounts().get(total);
        if (t == null) {
            return;
        }
        BigDecimal sum = row.amounts().getOrDefault(a, Money.ZERO).add(row.amounts().getOrDefault(b, Money.ZERO));
        if (t.compareTo(sum) != 0) {
            String name = row.code() == null ? row.name() : row.code() + " " + row.name();
            add(ROW_IDENTITY, Severity.ERROR, zh + "：" + name, en + ": " + name, Location.table(table, name, total));
        }
    }

    // 机关运行经费 is the 公用经费 of 行政单位 and 参公事业单位
    private void operatingExpenses() {
        BigDecimal operating = Money.sum(budget.operatingExpenses(), OperatingExpenseLine::amount);
        BigDecimal publicFunds = amount(6, "合计", "operating");
        boolean applies = unitType == UnitType.ADMINISTRATIVE || unitType == UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION;
        if (applies && operating.compareTo(publicFunds) != 0) {
            add(OPERATING_EXPENSES, Severity.WARNING,
                    "机关运行经费（" + Money.wanText(operating) + "万元）与一般公共预算基本支出中的公用经费（" + Money.wanText(publicFunds) + "万元）不一致",
                    "Operating expenses (" + operating.toPlainString() + ") differ from the operating part of basic expenditure ("
                            + publicFunds.toPlainString() + ")", Location.table(11, "部门合计", "合计"));
        } else if (!applies && operating.signum() != 0) {
            add(OPERATING_EXPENSES, Severity.INFO,
                    "机关运行经费仅适用于行政单位和参照公务员法管理的事业单位，本单位性质为" + (unitType == null ? "未知" : unitType.label()),
                    "Operating expenses (机关运行经费) apply to administrative units and civil-service-managed institutions only; this unit is "
                            + unitType, Location.table(11, "部门合计", "合计"));
        }
    }

    // a change against last year is worded 增加/减少 and carries a reason when |change| ≥ 10% or from zero
    private void changeReasons() {
        BigDecimal prior = budget.priorYear().expenditureTotal();
        if (prior == null) {
            add(CHANGE_REASON, Severity.INFO, "未提供上年支出总计，无法与上年比较",
                    "Last year's total expenditure is not given: no year-on-year comparison", Location.field("priorYear.expenditureTotal"));
            return;
        }
        BigDecimal current = Money.sum(budget.expenditureLines(), ExpenditureLine::amount);
        BigDecimal change = current.subtract(prior);
        BigDecimal percent = Money.percent(change.abs(), prior);
        boolean significant = prior.signum() == 0 ? change.signum() != 0 : percent.compareTo(SIGNIFICANT_CHANGE_PERCENT) >= 0;
        String reason = budget.texts().changeReason();
        if (significant && (reason == null || reason.isBlank())) {
            add(CHANGE_REASON, Severity.WARNING, "支出总计比上年变动" + (percent == null ? "（上年为0）" : percent.toPlainString() + "%")
                            + "，须说明增减变动原因",
                    "Total expenditure changed by " + (percent == null ? "from zero" : percent.toPlainString() + "%")
                            + " against last year: a reason is required", Location.field("texts.changeReason"));
        }
    }

    private void placeholders() {
        Map<String, String> texts = new TreeMap<>();
        texts.put("texts.changeReason", budget.texts().changeReason());
        texts.put("texts.threePublicExpensesChangeReason", budget.texts().threePublicExpensesChangeReason());
        texts.put("texts.operatingExpensesChangeReason", budget.texts().operatingExpensesChangeReason());
        texts.put("texts.otherNotes", budget.texts().otherNotes());
        texts.forEach((field, text) -> {
            if (text != null && PLACEHOLDERS.matcher(text).find()) {
                add(PLACEHOLDER, Severity.ERROR, "说明文字中留有占位符（XX、××、待填等）",
                        "Authored text still holds a placeholder (XX, ××, 待填 …)", Location.field(field));
            }
        });
    }

    private void governmentMapping() {
        budget.basicExpenditureByEconomic().stream().map(EconomicLine::economicCode).distinct()
                .filter(code -> catalogue.governmentEconomicFor(code).isEmpty())
                .forEach(code -> add(GOVERNMENT_MAPPING, Severity.WARNING,
                        "部门预算经济科目 " + code + " 在" + catalogue.fiscalYear() + "年对照表中没有对应的政府预算经济科目",
                        "Department economic item " + code + " has no government economic item in the " + catalogue.fiscalYear() + " mapping",
                        Location.table(6, code + " " + catalogue.departmentEconomicName(code), "政府预算支出经济科目名称")));
    }

    private void projectsWithoutAmount() {
        budget.projects().stream().filter(p -> p.total(false).signum() == 0 && p.total(true).signum() == 0)
                .forEach(p -> add(PROJECT_WITHOUT_AMOUNT, Severity.WARNING, "项目“" + p.name() + "”没有金额",
                        "Project " + p.code() + " has no amount", Location.table(12, p.name(), "合计")));
    }

    private <L, R> void compare(String rule, List<L> left, Function<L, BigDecimal> leftAmount,
                                List<R> right, Function<R, BigDecimal> rightAmount,
                                String zh, String en, Location location) {
        BigDecimal l = Money.sum(left, leftAmount);
        BigDecimal r = Money.sum(right, rightAmount);
        BigDecimal difference = l.subtract(r).abs();
        if (difference.signum() == 0) {
            return;
        }
        boolean arrivedRounded = left.stream().map(leftAmount).allMatch(BudgetRules::isWholeHundred)
                && right.stream().map(rightAmount).allMatch(BudgetRules::isWholeHundred);
        BigDecimal tolerance = TOLERANCE_PER_TERM.multiply(BigDecimal.valueOf(left.size() + right.size()));
        String detailZh = "：" + Money.wanText(l) + "万元 ≠ " + Money.wanText(r) + "万元（相差" + difference.toPlainString() + "元）";
        String detailEn = ": " + l.toPlainString() + " ≠ " + r.toPlainString() + " yuan (difference " + difference.toPlainString() + ")";
        if (arrivedRounded && difference.compareTo(tolerance) <= 0) {
            add(rule, Severity.INFO, zh + "，差额在已取整数据的舍入容差之内" + detailZh,
                    en + ", within the rounding tolerance of data that arrived rounded" + detailEn, location);
        } else {
            add(rule, Severity.ERROR, zh + detailZh, en + detailEn, location);
        }
    }

    private static boolean isWholeHundred(BigDecimal amount) {
        return amount.remainder(ROUNDED_UNIT).signum() == 0;
    }

    /** An exact amount of a derived table: the row whose kind or first cell is {@code row}, the column key. */
    private BigDecimal amount(int table, String row, String column) {
        return tables.get(table).rows().stream()
                .filter(r -> row.equals(r.kind()) || (!r.cells().isEmpty() && row.equals(r.cells().get(0))))
                .findFirst()
                .map(r -> r.amounts().getOrDefault(column, Money.ZERO))
                .orElse(Money.ZERO);
    }

    private void add(String rule, Severity severity, String zh, String en, Location location) {
        findings.add(new Finding(rule, severity, zh, en, location));
    }
}
