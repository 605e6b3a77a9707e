package org.budgetdisclosure.performance.mapping;

import org.budgetdisclosure.performance.Funds;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.IndicatorLevel1;
import org.budgetdisclosure.performance.IndicatorLevel2;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.rest.model.Grid;
import org.budgetdisclosure.performance.rest.model.Grid.Column;
import org.budgetdisclosure.performance.rest.model.Grid.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws a form as the official eight-column layout: label, 一级指标, then 二级/三级/指标值 for the
 * implementation period and for the year. Merged cells print once, at the top of their span.
 * Money is in yuan with thousands separators ("1,200,000"); a blank cell is null.
 */
public final class FormGridRenderer {

    private static final int WIDTH = 8;

    private FormGridRenderer() {
    }

    public static List<Column> columns() {
        return List.of(
                new Column("label", "项目", "text", List.of()),
                new Column("level1", "一级指标", "text", List.of()),
                new Column("implementationPeriod", "实施期目标", "text", List.of(
                        new Column("implementationPeriod.level2", "二级指标", "text", List.of()),
                        new Column("implementationPeriod.name", "三级指标", "text", List.of()),
                        new Column("implementationPeriod.target", "指标值", "text", List.of()))),
                new Column("annual", "年度目标", "text", List.of(
                        new Column("annual.level2", "二级指标", "text", List.of()),
                        new Column("annual.name", "三级指标", "text", List.of()),
                        new Column("annual.target", "指标值", "text", List.of()))));
    }

    public static Grid render(PerformanceForm f) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("heading", "formSubtitle", f.formSubtitle(), f.formSubtitle()));
        rows.add(row("item", "projectName", "项目名称", "项目名称", f.projectName()));
        rows.add(row("item", "competentDepartment", "主管部门及代码", "主管部门及代码", f.departmentPrinted(), null,
                "实施单位", f.implementingUnit()));
        rows.add(row("item", "attribute", "项目属性", "项目属性", f.attributeText(), null, "项目期", f.periodText()));
        rows.add(fundsRow("funds.total", "项目资金(元)", "实施期资金总额:", "年度资金总额:", f, Funds::total));
        rows.add(fundsRow("funds.central", null, "其中:中央财政资金", "其中:中央财政资金", f, Funds::central));
        rows.add(fundsRow("funds.provincial", null, "省级财政资金", "省级财政资金", f, Funds::provincial));
        rows.add(fundsRow("funds.municipal", null, "市县(区)财政资金", "市县(区)财政资金", f, Funds::municipal));
        rows.add(fundsRow("funds.selfRaised", null, "单位自筹", "单位自筹", f, Funds::selfRaised));
        rows.add(fundsRow("funds.other", null, "其他资金", "其他资金", f, Funds::other));
        rows.add(row("item", "overview", "项目概况", "项目概况", f.overview()));
        rows.add(row("item", "legalBasis", "立项依据", "立项依据", f.legalBasis()));
        rows.add(row("item", "necessity", "项目设立必要性", "项目设立必要性", f.necessity()));
        rows.add(row("item", "safeguards", "保证项目实施的制度、措施", "保证项目实施的制度、措施", f.safeguards()));
        rows.add(row("item", "implementationPlan", "项目实施计划", "项目实施计划", f.implementationPlan()));
        rows.add(row("heading", "overallGoals.heading", null, null, "实施期目标", null, null, "年度目标"));
        rows.add(row("item", "overallGoals", "总体目标", "总体目标", f.implementationGoal(), null, null, f.annualGoal()));
        rows.add(row("heading", "indicators.heading", "绩效指标", "绩效指标", "一级指标", "二级指标", "三级指标", "指标值",
                "二级指标", "三级指标", "指标值"));
        rows.addAll(indicatorRows(f));
        rows.add(row("item", "metadata", null, "负责人:", f.responsiblePerson(), "经办人:", f.handler(), "联系电话:",
                f.phone(), "填报日期:", FormMapper.printedFilledAt(f.filledAt())));
        return new Grid(null, f.formTitle(), f.implementingUnit(), "元", columns(), rows, false, null);
    }

    private static Row fundsRow(String code, String label, String implLabel, String annualLabel, PerformanceForm f,
                                Function<Funds, BigDecimal> part) {
        return row("item", code, implLabel, label, implLabel, Money.formYuan(part.apply(f.implementationFunds())),
                annualLabel, Money.formYuan(part.apply(f.annualFunds())));
    }

    private static List<Row> indicatorRows(PerformanceForm f) {
        Set<IndicatorLevel1> order = new LinkedHashSet<>();
        f.implementationIndicators().forEach(i -> order.add(i.level1()));
        f.annualIndicators().forEach(i -> order.add(i.level1()));
        List<Row> rows = new ArrayList<>();
        for (IndicatorLevel1 level1 : order) {
            List<Indicator> impl = f.implementationIndicators().stream().filter(i -> i.level1() == level1).toList();
            List<Indicator> annual = f.annualIndicators().stream().filter(i -> i.level1() == level1).toList();
            int height = Math.max(impl.size(), annual.size());
            for (int r = 0; r < height; r++) {
                String[] cells = new String[WIDTH];
                cells[1] = r == 0 ? level1.label() : null;
                side(impl, r, cells, 2);
                side(annual, r, cells, 5);
                Indicator named = r < impl.size() ? impl.get(r) : annual.get(r);
                rows.add(new Row("item", level1.name() + "/" + named.level2().name(),
                        named.name(), 3, Arrays.asList(cells)));
            }
        }
        return rows;
    }

    private static void side(List<Indicator> indicators, int r, String[] cells, int from) {
        if (r >= indicators.size()) {
            return;
        }
        Indicator indicator = indicators.get(r);
        IndicatorLevel2 previous = r == 0 ? null : indicators.get(r - 1).level2();
        cells[from] = indicator.level2() == previous ? null : indicator.level2().label();
        cells[from + 1] = blankToNull(indicator.name());
        cells[from + 2] = blankToNull(indicator.targetText());
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Row row(String kind, String code, String name, String... cells) {
        List<String> list = new ArrayList<>(Arrays.asList(cells));
        while (list.size() < WIDTH) {
            list.add(null);
        }
        return new Row(kind, code, name, 1, list);
    }
}
