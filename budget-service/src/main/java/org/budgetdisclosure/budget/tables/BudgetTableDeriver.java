package org.budgetdisclosure.budget.tables;

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
import org.budgetdisclosure.budget.ThreePublicExpenseItem;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.budgetdisclosure.budget.FundingSource.GENERAL_PUBLIC_BUDGET;
import static org.budgetdisclosure.budget.FundingSource.GOVERNMENT_FUND;
import static org.budgetdisclosure.budget.FundingSource.STATE_CAPITAL_OPERATION;
import static org.budgetdisclosure.budget.tables.GridColumn.amount;
import static org.budgetdisclosure.budget.tables.GridColumn.group;
import static org.budgetdisclosure.budget.tables.GridColumn.text;

/**
 * Derives the thirteen tables of 单位预算公开 from a budget, in the official layout: same rows, same
 * order, same blanks. Pure: no I/O, the same input always gives the same tables.
 */
public final class BudgetTableDeriver {

    public static final int TABLE_COUNT = 13;

    private static final Predicate<ExpenditureLine> ANY = line -> true;
    private static final Predicate<ExpenditureLine> BASIC = line -> line.kind() == ExpenditureKind.BASIC;
    private static final Predicate<ExpenditureLine> PROJECT = line -> line.kind() == ExpenditureKind.PROJECT;
    private static final Predicate<ExpenditureLine> CURRENT = line -> !line.carriedOver();
    private static final Predicate<ExpenditureLine> CARRIED = ExpenditureLine::carriedOver;

    private final Budget budget;
    private final String unitName;
    private final YearCatalogue catalogue;
    private final int year;
    private Map<String, List<ExpenditureLine>> linesByClass;

    public BudgetTableDeriver(Budget budget, String unitName, YearCatalogue catalogue) {
        this.budget = budget;
        this.unitName = unitName;
        this.catalogue = catalogue;
        this.year = budget.fiscalYear();
    }

    public List<BudgetTable> all() {
        List<BudgetTable> tables = new ArrayList<>(TABLE_COUNT);
        for (int n = 1; n <= TABLE_COUNT; n++) {
            tables.add(table(n));
        }
        return tables;
    }

    public BudgetTable table(int number) {
        return switch (number) {
            case 1 -> incomeAndExpenditureSummary();
            case 2 -> incomeSummary();
            case 3 -> expenditureSummary();
            case 4 -> fiscalAppropriationSummary();
            case 5 -> generalPublicBudgetExpenditure();
            case 6 -> basicExpenditureByEconomicItem();
            case 7 -> governmentFundIncome();
            case 8 -> governmentFundExpenditure();
            case 9 -> stateCapitalOperation();
            case 10 -> threePublicExpenses();
            case 11 -> operatingExpenses();
            case 12 -> projects(false);
            case 13 -> projects(true);
            default -> throw new IllegalArgumentException("tables are numbered 1 to 13: " + number);
        };
    }

    // ---- table 1 预算收支总表 -------------------------------------------------------------------

    private BudgetTable incomeAndExpenditureSummary() {
        List<GridColumn> columns = List.of(
                group("income", "收入", text("income.item", "项目"), amount("income.amount", year + "年")),
                group("expenditure", "支出", text("expenditure.item", "项目"),
                        amount("expenditure.total", year + "年合计"),
                        amount("expenditure.current", "当年预算安排"),
                        amount("expenditure.carriedOver", "上年结转安排")));
        List<String> keys = leafKeys(columns);
        List<FundingSource> incomeSources = List.of(FundingSource.values());
        List<GridRow> rows = new ArrayList<>();
        List<Classification> classes = catalogue.functionalClasses();
        int count = Math.max(classes.size(), incomeSources.size());
        for (int i = 0; i < count; i++) {
            RowBuilder row = new RowBuilder(keys);
            String code = null;
            String name = null;
            if (i < incomeSources.size()) {
                FundingSource source = incomeSources.get(i);
                row.text("income.item", ChineseNumerals.numbered(i + 1, source.label()))
                        .amount("income.amount", income(source, false));
            }
            if (i < classes.size()) {
                Classification cls = classes.get(i);
                code = cls.code();
                name = cls.name();
                List<ExpenditureLine> lines = linesUnder(cls.code(), ANY);
                row.text("expenditure.item", ChineseNumerals.numbered(i + 1, cls.name()))
                        .amount("expenditure.total", sum(lines, ANY))
                        .amount("expenditure.current", sum(lines, CURRENT))
                        .amount("expenditure.carriedOver", sum(lines, CARRIED));
            }
            rows.add(row.build("item", code, name, 1));
        }
        BigDecimal currentIncome = incomeTotal(false, source -> true);
        BigDecimal carriedIncome = incomeTotal(true, source -> true);
        List<ExpenditureLine> all = budget.expenditureLines();
        rows.add(new RowBuilder(keys)
                .text("income.item", "本年收入合计").amount("income.amount", currentIncome)
                .text("expenditure.item", "本年支出合计")
                .amount("expenditure.total", sum(all, ANY))
                .amount("expenditure.current", sum(all, CURRENT))
                .amount("expenditure.carriedOver", sum(all, CARRIED))
                .build("subtotal", null, "本年收入合计", 0));
        rows.add(new RowBuilder(keys)
                .text("income.item", "上年结转").amount("income.amount", carriedIncome)
                .text("expenditure.item", "年终结转")
                .build("subtotal", null, "上年结转", 0));
        rows.add(new RowBuilder(keys)
                .text("income.item", "收入总计").amount("income.amount", currentIncome.add(carriedIncome))
                .text("expenditure.item", "支出总计")
                .amount("expenditure.total", sum(all, ANY))
                .amount("expenditure.current", sum(all, CURRENT))
                .amount("expenditure.carriedOver", sum(all, CARRIED))
                .build("total", null, "收入总计", 0));
        return table(1, "预算收支总表", columns, rows, hasAmounts(rows));
    }

    // ---- table 2 预算收入总表 -------------------------------------------------------------------

    private BudgetTable incomeSummary() {
        List<GridColumn> sourceColumns = new ArrayList<>();
        sourceColumns.add(amount("currentTotal", "合计"));
        for (FundingSource source : FundingSource.values()) {
            sourceColumns.add(amount(source.name(), incomeSourceLabel(source)));
        }
        List<GridColumn> columns = List.of(
                group("item", "项目", text("code", "科目编码"), text("name", "科目名称")),
                group("current", "本年收入", sourceColumns.toArray(GridColumn[]::new)),
                amount("carriedOver", "上年结转"));
        Map<String, Predicate<ExpenditureLine>> measures = new LinkedHashMap<>();
        measures.put("currentTotal", CURRENT);
        for (FundingSource source : FundingSource.values()) {
            measures.put(source.name(), CURRENT.and(line -> line.fundingSource() == source));
        }
        measures.put("carriedOver", CARRIED);
        List<GridRow> rows = functionalTree(columns, budget.expenditureLines(), measures);
        return table(2, "预算收入总表", columns, rows, hasAmounts(rows));
    }

    /** Table 2 prints 政府性基金 where other tables print 政府性基金预算. */
    private static String incomeSourceLabel(FundingSource source) {
        return source == GOVERNMENT_FUND ? "政府性基金" : source.label();
    }

    // ---- table 3 预算支出总表 / table 5 一般公共预算支出预算表 / table 8 政府性基金预算支出表 ------------------

    private BudgetTable expenditureSummary() {
        return basicAndProjectTable(3, "预算支出总表", budget.expenditureLines(), true);
    }

    private BudgetTable generalPublicBudgetExpenditure() {
        return basicAndProjectTable(5, "一般公共预算支出预算表（不含上年结转）",
                lines(CURRENT.and(line -> line.fundingSource() == GENERAL_PUBLIC_BUDGET)), true);
    }

    private BudgetTable governmentFundExpenditure() {
        return basicAndProjectTable(8, "政府性基金预算支出表（不含上年结转）",
                lines(CURRENT.and(line -> line.fundingSource() == GOVERNMENT_FUND)), false);
    }

    private BudgetTable basicAndProjectTable(int number, String title, List<ExpenditureLine> lines, boolean grouped) {
        GridColumn[] amounts = {amount("total", "合计"), amount("basic", "基本支出"), amount("project", "项目支出")};
        List<GridColumn> columns = grouped
                ? List.of(group("item", "项目", text("code", "科目编码"), text("name", "科目名称")),
                        group("budget", year + "年预算数", amounts))
                : List.of(text("code", "科目编码"), text("name", "科目名称"), amounts[0], amounts[1], amounts[2]);
        List<GridRow> rows = functionalTree(columns, lines, basicAndProjectMeasures());
        return table(number, title, columns, rows, hasAmounts(rows));
    }

    private static Map<String, Predicate<ExpenditureLine>> basicAndProjectMeasures() {
        Map<String, Predicate<ExpenditureLine>> measures = new LinkedHashMap<>();
        measures.put("total", ANY);
        measures.put("basic", BASIC);
        measures.put("project", PROJECT);
        return measures;
    }

    // ---- table 4 财政拨款收支总表 -------------------------------------------------------------------

    private BudgetTable fiscalAppropriationSummary() {
        List<GridColumn> columns = List.of(
                group("income", "收入", text("income.item", "项目"), amount("income.amount", "金额")),
                group("expenditure", "支出", text("expenditure.item", "项目"),
                        group("expenditure.amount", "金额",
                                amount("expenditure.subtotal", "小计"),
                                amount("expenditure." + GENERAL_PUBLIC_BUDGET.name(), GENERAL_PUBLIC_BUDGET.label()),
                                amount("expenditure." + GOVERNMENT_FUND.name(), GOVERNMENT_FUND.label()),
                                amount("expenditure." + STATE_CAPITAL_OPERATION.name(), STATE_CAPITAL_OPERATION.label()))));
        List<String> keys = leafKeys(columns);
        List<FundingSource> fiscal = FundingSource.fiscalAppropriations();
        Predicate<ExpenditureLine> isFiscal = line -> line.fundingSource().isFiscalAppropriation();
        List<GridRow> rows = new ArrayList<>();
        List<Classification> classes = catalogue.functionalClasses();
        for (int i = 0; i < Math.max(classes.size(), fiscal.size()); i++) {
            RowBuilder row = new RowBuilder(keys);
            String code = null;
            String name = null;
            if (i < fiscal.size()) {
                row.text("income.item", ChineseNumerals.numbered(i + 1, fiscal.get(i).label()))
                        .amount("income.amount", income(fiscal.get(i), false));
            }
            if (i < classes.size()) {
                Classification cls = classes.get(i);
                code = cls.code();
                name = cls.name();
                row.text("expenditure.item", ChineseNumerals.numbered(i + 1, cls.name()));
                fiscalExpenditureCells(row, linesUnder(cls.code(), isFiscal));
            }
            rows.add(row.build("item", code, name, 1));
        }
        List<ExpenditureLine> fiscalLines = lines(isFiscal);
        BigDecimal currentIncome = incomeTotal(false, FundingSource::isFiscalAppropriation);
        BigDecimal carriedIncome = incomeTotal(true, FundingSource::isFiscalAppropriation);
        rows.add(fiscalExpenditureCells(new RowBuilder(keys)
                .text("income.item", "本年收入合计").amount("income.amount", currentIncome)
                .text("expenditure.item", "本年支出合计"), fiscalLines)
                .build("subtotal", null, "本年收入合计", 0));
        rows.add(new RowBuilder(keys)
                .text("income.item", "上年财政拨款结转").amount("income.amount", carriedIncome)
                .text("expenditure.item", "年终结转")
                .build("subtotal", null, "上年财政拨款结转", 0));
        for (int i = 0; i < fiscal.size(); i++) {
            String label = ChineseNumerals.numbered(i + 1, fiscal.get(i).label());
            rows.add(new RowBuilder(keys)
                    .text("income.item", label).amount("income.amount", income(fiscal.get(i), true))
                    .build("item", null, label, 1));
        }
        rows.add(fiscalExpenditureCells(new RowBuilder(keys)
                .text("income.item", "收入总计").amount("income.amount", currentIncome.add(carriedIncome))
                .text("expenditure.item", "支出总计"), fiscalLines)
                .build("total", null, "收入总计", 0));
        return table(4, "财政拨款收支总表", columns, rows, hasAmounts(rows));
    }

    private static RowBuilder fiscalExpenditureCells(RowBuilder row, List<ExpenditureLine> lines) {
        row.amount("expenditure.subtotal", sum(lines, ANY));
        for (FundingSource source : FundingSource.fiscalAppropriations()) {
            row.amount("expenditure." + source.name(), sum(lines, line -> line.fundingSource() == source));
        }
        return row;
    }

    // ---- table 6 一般公共预算安排基本支出分经济科目表 ----------------------------------------------------

    private BudgetTable basicExpenditureByEconomicItem() {
        List<GridColumn> columns = List.of(
                text("departmentItem", "部门预算支出经济科目名称"),
                text("governmentItem", "政府预算支出经济科目名称"),
                group("budget", year + "年预算数",
                        amount("total", "合计"), amount("personnel", "人员经费"), amount("operating", "公用经费")));
        List<String> keys = leafKeys(columns);
        List<EconomicLine> lines = budget.basicExpenditureByEconomic().stream()
                .filter(line -> !line.carriedOver() && line.fundingSource() == GENERAL_PUBLIC_BUDGET)
                .toList();
        Map<String, Map<String, BigDecimal>> byClassAndItem = new TreeMap<>();
        for (EconomicLine line : lines) {
            String classCode = line.economicCode().substring(0, 3);
            byClassAndItem.computeIfAbsent(classCode, c -> new TreeMap<>())
                    .merge(line.economicCode(), line.amount(), BigDecimal::add);
        }
        List<GridRow> rows = new ArrayList<>();
        rows.add(economicCells(new RowBuilder(keys).text("departmentItem", "合计"), null,
                Money.sum(lines, EconomicLine::amount), personnel(lines), operating(lines))
                .build("total", null, "合计", 0));
        byClassAndItem.forEach((classCode, items) -> {
            BigDecimal classTotal = Money.sum(items.values());
            String className = catalogue.departmentEconomicName(classCode);
            rows.add(economicCells(new RowBuilder(keys).text("departmentItem", className), classCode,
                    classTotal, isPersonnel(classCode) ? classTotal : null, isPersonnel(classCode) ? null : classTotal)
                    .build("subtotal", classCode, className, 1));
            items.forEach((itemCode, amount) -> {
                String itemName = catalogue.departmentEconomicName(itemCode);
                String governmentName = catalogue.governmentEconomicFor(itemCode).map(Classification::name).orElse(null);
                rows.add(economicCells(new RowBuilder(keys).text("departmentItem", itemName)
                                .text("governmentItem", governmentName), itemCode,
                        amount, isPersonnel(classCode) ? amount : null, isPersonnel(classCode) ? null : amount)
                        .build("item", itemCode, itemName, 2));
            });
        });
        return table(6, "一般公共预算安排基本支出分经济科目表（不含上年结转）", columns, rows, !lines.isEmpty());
    }

    private static RowBuilder economicCells(RowBuilder row, String code, BigDecimal total, BigDecimal personnel,
                                            BigDecimal operating) {
        return row.amount("total", total).amount("personnel", personnel).amount("operating", operating);
    }

    /** 人员经费 are the 301 (工资福利支出) and 303 (对个人和家庭的补助) classes; everything else is 公用经费. */
    public static boolean isPersonnel(String economicCode) {
        return economicCode.startsWith("301") || economicCode.startsWith("303");
    }

    private static BigDecimal personnel(List<EconomicLine> lines) {
        return Money.sum(lines.stream().filter(line -> isPersonnel(line.economicCode())).toList(), EconomicLine::amount);
    }

    private static BigDecimal operating(List<EconomicLine> lines) {
        return Money.sum(lines.stream().filter(line -> !isPersonnel(line.economicCode())).toList(), EconomicLine::amount);
    }

    // ---- table 7 政府性基金预算收入表 / table 9 国有资本经营预算收支预算表 --------------------------------------

    private BudgetTable governmentFundIncome() {
        List<GridColumn> columns = List.of(
                group("item", "项目", text("code", "收入科目编码"), text("name", "科目名称")),
                amount("amount", "政府性基金收入预算"));
        Map<String, Predicate<ExpenditureLine>> measures = Map.of("amount", ANY);
        List<GridRow> rows = functionalTree(columns, lines(CURRENT.and(line -> line.fundingSource() == GOVERNMENT_FUND)), measures);
        return table(7, "政府性基金预算收入表（不含上年结转）", columns, rows, hasAmounts(rows));
    }

    private BudgetTable stateCapitalOperation() {
        List<GridColumn> columns = List.of(
                group("income", "国有资本经营预算收入",
                        group("income.item", "项目", text("income.code", "收入科目编码"), text("income.name", "科目名称")),
                        amount("income.amount", "国有资本经营收入预算")),
                group("expenditure", "国有资本经营预算支出",
                        text("expenditure.code", "科目编码"), text("expenditure.name", "科目名称"),
                        amount("expenditure.total", "合计"), amount("expenditure.basic", "基本支出"),
                        amount("expenditure.project", "项目支出")));
        List<String> keys = leafKeys(columns);
        List<ExpenditureLine> lines = lines(CURRENT.and(line -> line.fundingSource() == STATE_CAPITAL_OPERATION));
        List<GridRow> income = functionalTree(List.of(text("code", ""), text("name", ""), amount("amount", "")),
                lines, Map.of("amount", ANY));
        List<GridRow> expenditure = functionalTree(List.of(text("code", ""), text("name", ""),
                amount("total", ""), amount("basic", ""), amount("project", "")), lines, basicAndProjectMeasures());
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < expenditure.size(); i++) {
            GridRow in = income.get(i);
            GridRow out = expenditure.get(i);
            RowBuilder row = new RowBuilder(keys)
                    .text("income.code", in.cells().get(0)).text("income.name", in.cells().get(1))
                    .amount("income.amount", in.amounts().get("amount"));
            if (i > 0) {
                row.text("expenditure.code", out.cells().get(0)).text("expenditure.name", out.cells().get(1));
            }
            row.amount("expenditure.total", out.amounts().get("total"))
                    .amount("expenditure.basic", out.amounts().get("basic"))
                    .amount("expenditure.project", out.amounts().get("project"));
            rows.add(row.build(out.kind(), out.code(), out.name(), out.level()));
        }
        return table(9, "国有资本经营预算收支预算表（不含上年结转）", columns, rows, hasAmounts(rows));
    }

    // ---- table 10 “三公”经费 ---------------------------------------------------------------------

    private BudgetTable threePublicExpenses() {
        List<GridColumn> columns = List.of(text("item", "项目"), group("budget", year + "年预算数",
                fiscalSourceColumns()));
        List<String> keys = leafKeys(columns);
        List<ThreePublicExpenseLine> lines = budget.threePublicExpenses();
        List<ThreePublicExpenseLine> outbound = threePublic(ThreePublicExpenseItem.OUTBOUND_TRAVEL);
        List<ThreePublicExpenseLine> reception = threePublic(ThreePublicExpenseItem.OFFICIAL_RECEPTION);
        List<ThreePublicExpenseLine> purchase = threePublic(ThreePublicExpenseItem.VEHICLE_PURCHASE);
        List<ThreePublicExpenseLine> operation = threePublic(ThreePublicExpenseItem.VEHICLE_OPERATION);
        List<ThreePublicExpenseLine> vehicles = new ArrayList<>(purchase);
        vehicles.addAll(operation);
        List<GridRow> rows = List.of(
                threePublicRow(keys, ThreePublicExpenseItem.OUTBOUND_TRAVEL.label(), outbound, "item", 1),
                threePublicRow(keys, ThreePublicExpenseItem.OFFICIAL_RECEPTION.label(), reception, "item", 1),
                threePublicRow(keys, "公务用车购置及运行费", vehicles, "subtotal", 1),
                threePublicRow(keys, "①" + ThreePublicExpenseItem.VEHICLE_PURCHASE.label(), purchase, "item", 2),
                threePublicRow(keys, "②" + ThreePublicExpenseItem.VEHICLE_OPERATION.label(), operation, "item", 2),
                threePublicRow(keys, "合计", lines, "total", 0));
        return table(10, "财政拨款安排“三公”经费支出预算表", columns, rows, hasAmounts(rows));
    }

    private List<ThreePublicExpenseLine> threePublic(ThreePublicExpenseItem item) {
        return budget.threePublicExpenses().stream().filter(line -> line.item() == item).toList();
    }

    private static GridRow threePublicRow(List<String> keys, String label, List<ThreePublicExpenseLine> lines,
                                          String kind, int level) {
        RowBuilder row = new RowBuilder(keys).text("item", label)
                .amount("total", Money.sum(lines, ThreePublicExpenseLine::amount));
        for (FundingSource source : FundingSource.fiscalAppropriations()) {
            row.amount(source.name(), Money.sum(lines.stream().filter(l -> l.fundingSource() == source).toList(),
                    ThreePublicExpenseLine::amount));
        }
        return row.build(kind, null, label, level);
    }

    private static GridColumn[] fiscalSourceColumns() {
        return new GridColumn[]{amount("total", "合计"),
                amount(GENERAL_PUBLIC_BUDGET.name(), GENERAL_PUBLIC_BUDGET.label()),
                amount(GOVERNMENT_FUND.name(), GOVERNMENT_FUND.label()),
                amount(STATE_CAPITAL_OPERATION.name(), STATE_CAPITAL_OPERATION.label())};
    }

    // ---- table 11 机关运行经费 ---------------------------------------------------------------------

    private BudgetTable operatingExpenses() {
        List<GridColumn> columns = List.of(text("unit", "单位名称"), group("budget", year + "预算数",
                fiscalSourceColumns()));
        List<String> keys = leafKeys(columns);
        Map<String, List<OperatingExpenseLine>> byUnit = new LinkedHashMap<>();
        budget.operatingExpenses().forEach(line -> byUnit.computeIfAbsent(line.unitName(), u -> new ArrayList<>()).add(line));
        List<GridRow> rows = new ArrayList<>();
        rows.add(operatingRow(keys, "部门合计", budget.operatingExpenses(), "total", 0));
        byUnit.forEach((unit, lines) -> rows.add(operatingRow(keys, unit, lines, "item", 1)));
        return table(11, "财政拨款安排机关运行经费预算表", columns, rows, hasAmounts(rows));
    }

    private static GridRow operatingRow(List<String> keys, String label, List<OperatingExpenseLine> lines,
                                        String kind, int level) {
        RowBuilder row = new RowBuilder(keys).text("unit", label)
                .amount("total", Money.sum(lines, OperatingExpenseLine::amount));
        for (FundingSource source : FundingSource.fiscalAppropriations()) {
            row.amount(source.name(), Money.sum(lines.stream().filter(l -> l.fundingSource() == source).toList(),
                    OperatingExpenseLine::amount));
        }
        return row.build(kind, null, label, level);
    }

    // ---- tables 12 and 13 项目支出预算表 ----------------------------------------------------------------

    private BudgetTable projects(boolean carriedOver) {
        List<GridColumn> columns = new ArrayList<>(List.of(
                text("project", "项目名称"),
                amount("total", "合计"),
                group("fiscal", year + "年财政拨款",
                        amount(GENERAL_PUBLIC_BUDGET.name(), GENERAL_PUBLIC_BUDGET.label()),
                        amount(GOVERNMENT_FUND.name(), GOVERNMENT_FUND.label()),
                        amount(STATE_CAPITAL_OPERATION.name(), STATE_CAPITAL_OPERATION.label()))));
        List<FundingSource> sources = new ArrayList<>(FundingSource.fiscalAppropriations());
        if (!carriedOver) {
            columns.add(amount(FundingSource.FISCAL_SPECIAL_ACCOUNT.name(), FundingSource.FISCAL_SPECIAL_ACCOUNT.label()));
            columns.add(amount(FundingSource.UNIT_FUNDS.name(), FundingSource.UNIT_FUNDS.label()));
            sources.add(FundingSource.FISCAL_SPECIAL_ACCOUNT);
            sources.add(FundingSource.UNIT_FUNDS);
        }
        List<String> keys = leafKeys(columns);
        List<GridRow> rows = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= keys.size(); i++) {
            numbers.add(String.valueOf(i));
        }
        rows.add(new GridRow("heading", null, null, 0, numbers, Map.of()));
        // each project's amounts per source once, then the unit row as their sum
        List<Project> withAmounts = new ArrayList<>();
        List<BigDecimal[]> sums = new ArrayList<>();
        BigDecimal[] unitSums = zeros(sources.size() + 1);
        for (Project project : budget.projects()) {
            BigDecimal[] projectSums = zeros(sources.size() + 1);
            for (ProjectAmount amount : project.amounts()) {
                int index = sources.indexOf(amount.fundingSource());
                if (amount.carriedOver() == carriedOver && index >= 0) {
                    projectSums[0] = projectSums[0].add(amount.amount());
                    projectSums[index + 1] = projectSums[index + 1].add(amount.amount());
                }
            }
            if (projectSums[0].signum() != 0) {
                withAmounts.add(project);
                sums.add(projectSums);
                for (int i = 0; i < projectSums.length; i++) {
                    unitSums[i] = unitSums[i].add(projectSums[i]);
                }
            }
        }
        if (!withAmounts.isEmpty()) {
            rows.add(projectRow(keys, sources, unitName, unitSums, "total", null, 0));
            for (int i = 0; i < withAmounts.size(); i++) {
                Project project = withAmounts.get(i);
                rows.add(projectRow(keys, sources, project.name(), sums.get(i), "item", project.code(), 1));
            }
        }
        String title = carriedOver ? "项目支出预算表（上年结转）" : "项目支出预算表（本年预算）";
        return table(carriedOver ? 13 : 12, title, columns, rows, !withAmounts.isEmpty());
    }

    /** A row of tables 12/13 from its sums: [0] the total, then one per source in column order. */
    private static GridRow projectRow(List<String> keys, List<FundingSource> sources, String label, BigDecimal[] sums,
                                      String kind, String code, int level) {
        RowBuilder row = new RowBuilder(keys).text("project", label).amount("total", sums[0]);
        for (int i = 0; i < sources.size(); i++) {
            row.amount(sources.get(i).name(), sums[i + 1]);
        }
        return row.build(kind, code, label, level);
    }

    // ---- shared -------------------------------------------------------------------------------------

    /**
     * The 合计 row and then 类 › 款 › 项 rows in code order, each a sum of the 项 lines under it.
     * The first two leaf columns are code and name.
     */
    private List<GridRow> functionalTree(List<GridColumn> columns, List<ExpenditureLine> lines,
                                         Map<String, Predicate<ExpenditureLine>> measures) {
        List<String> keys = leafKeys(columns);
        String codeKey = keys.get(0);
        String nameKey = keys.get(1);
        List<String> measureKeys = List.copyOf(measures.keySet());
        List<Predicate<ExpenditureLine>> predicates = List.copyOf(measures.values());
        // one pass: each line adds to its 项, its 款, its 类 and the total, in every column it counts for
        BigDecimal[] total = zeros(measureKeys.size());
        TreeMap<String, BigDecimal[]> byCode = new TreeMap<>();
        for (ExpenditureLine line : lines) {
            String code = line.functionalCode();
            BigDecimal[] item = byCode.computeIfAbsent(code, c -> zeros(measureKeys.size()));
            BigDecimal[] section = byCode.computeIfAbsent(code.substring(0, 5), c -> zeros(measureKeys.size()));
            BigDecimal[] cls = byCode.computeIfAbsent(code.substring(0, 3), c -> zeros(measureKeys.size()));
            for (int m = 0; m < predicates.size(); m++) {
                if (predicates.get(m).test(line)) {
                    BigDecimal amount = line.amount();
                    item[m] = item[m].add(amount);
                    section[m] = section[m].add(amount);
                    cls[m] = cls[m].add(amount);
                    total[m] = total[m].add(amount);
                }
            }
        }
        List<GridRow> rows = new ArrayList<>(byCode.size() + 1);
        RowBuilder totalRow = new RowBuilder(keys).text(codeKey, "合计");
        for (int m = 0; m < measureKeys.size(); m++) {
            totalRow.amount(measureKeys.get(m), total[m]);
        }
        rows.add(totalRow.build("total", null, "合计", 0));
        byCode.forEach((code, sums) -> {
            int level = Classification.levelOfCode(code);
            String name = catalogue.functionalName(code);
            RowBuilder row = new RowBuilder(keys).text(codeKey, code).text(nameKey, name);
            for (int m = 0; m < measureKeys.size(); m++) {
                row.amount(measureKeys.get(m), sums[m]);
            }
            rows.add(row.build(level == 3 ? "item" : "subtotal", code, name, level));
        });
        return rows;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        Arrays.fill(zeros, Money.ZERO);
        return zeros;
    }

    private BudgetTable table(int number, String title, List<GridColumn> columns, List<GridRow> rows, boolean hasData) {
        return new BudgetTable(number, year + "年" + title, unitName, BudgetTable.UNIT_LABEL, columns, rows,
                !hasData, hasData ? null : BudgetTable.EMPTY_NOTE);
    }

    private static boolean hasAmounts(List<GridRow> rows) {
        return rows.stream().flatMap(row -> row.amounts().values().stream()).anyMatch(amount -> amount.signum() != 0);
    }

    static List<String> leafKeys(List<GridColumn> columns) {
        List<GridColumn> leaves = new ArrayList<>();
        columns.forEach(column -> column.collectLeaves(leaves));
        return leaves.stream().map(GridColumn::key).toList();
    }

    private List<ExpenditureLine> lines(Predicate<ExpenditureLine> filter) {
        return budget.expenditureLines().stream().filter(filter).toList();
    }

    private List<ExpenditureLine> linesUnder(String classCode, Predicate<ExpenditureLine> filter) {
        return linesByClass().getOrDefault(classCode, List.of()).stream().filter(filter).toList();
    }

    /** The lines grouped by their 类, computed once per deriver. */
    private Map<String, List<ExpenditureLine>> linesByClass() {
        if (linesByClass == null) {
            Map<String, List<ExpenditureLine>> grouped = new java.util.HashMap<>();
            budget.expenditureLines().forEach(line ->
                    grouped.computeIfAbsent(line.functionalCode().substring(0, 3), c -> new ArrayList<>()).add(line));
            linesByClass = grouped;
        }
        return linesByClass;
    }

    private static BigDecimal sum(List<ExpenditureLine> lines, Predicate<ExpenditureLine> filter) {
        return Money.sum(lines.stream().filter(filter).toList(), ExpenditureLine::amount);
    }

    private BigDecimal income(FundingSource source, boolean carriedOver) {
        return Money.sum(budget.income().stream()
                .filter(line -> line.fundingSource() == source && line.carriedOver() == carriedOver).toList(), IncomeLine::amount);
    }

    private BigDecimal incomeTotal(boolean carriedOver, Predicate<FundingSource> sources) {
        return Money.sum(budget.income().stream()
                .filter(line -> line.carriedOver() == carriedOver && sources.test(line.fundingSource())).toList(),
                IncomeLine::amount);
    }
}
