package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.IndicatorLevel1;
import org.budgetdisclosure.performance.IndicatorLevel2;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.Severity;
import org.budgetdisclosure.performance.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PERF-COST-ARITHMETIC (warning): where a period states counts (数量指标 in 户/个/家 …) and per-item
 * amounts (成本指标 in 万元/元), count × per-item amount must equal the stated total: a 成本指标 whose
 * name says 总 (总金额, 总额), else the period's funds total. Several counts pair with the same
 * number of per-item amounts in order (the seed's first form: 1户 × 20万元 + 1户 × 20万元 = 40万元),
 * or all multiply one amount.
 */
public final class CostArithmeticRule implements FormRule {

    public static final String ID = "PERF-COST-ARITHMETIC";

    private static final Set<String> COUNT_UNITS =
            Set.of("户", "个", "家", "人", "项", "次", "所", "座", "台", "套", "件", "名", "人次");

    private record Amount(int index, Indicator indicator, BigDecimal yuan) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PerformanceForm form) {
        List<Finding> findings = new ArrayList<>();
        for (Period period : Period.values()) {
            check(form, period).ifPresent(findings::add);
        }
        return findings;
    }

    private java.util.Optional<Finding> check(PerformanceForm form, Period period) {
        List<BigDecimal> counts = new ArrayList<>();
        List<Amount> perItem = new ArrayList<>();
        List<Amount> totals = new ArrayList<>();
        List<Indicator> indicators = form.indicators(period);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Target target = indicator.target().orElse(null);
            if (target == null || !target.hasNumber() || target.word() != null) {
                continue;
            }
            if (indicator.level2() == IndicatorLevel2.QUANTITY && COUNT_UNITS.contains(target.unit())) {
                counts.add(target.number());
            } else if ((indicator.level2() == IndicatorLevel2.COST || indicator.level1() == IndicatorLevel1.COST)
                    && target.amountInYuan() != null) {
                Amount amount = new Amount(i, indicator, target.amountInYuan());
                if (indicator.name() != null && indicator.name().contains("总")) {
                    totals.add(amount);
                } else {
                    perItem.add(amount);
                }
            }
        }
        if (counts.isEmpty() || perItem.isEmpty()) {
            return java.util.Optional.empty();
        }
        BigDecimal expected;
        if (counts.size() == perItem.size()) {
            expected = BigDecimal.ZERO;
            for (int i = 0; i < counts.size(); i++) {
                expected = expected.add(counts.get(i).multiply(perItem.get(i).yuan()));
            }
        } else if (perItem.stream().map(Amount::yuan).distinct().count() == 1) {
            expected = counts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).multiply(perItem.get(0).yuan());
        } else {
            return java.util.Optional.empty();
        }
        BigDecimal stated;
        String field;
        String what;
        String path = null;
        if (!totals.isEmpty()) {
            stated = totals.get(0).yuan();
            field = Paths.indicatorField(period, totals.get(0).index(), "target");
            path = Paths.indicatorPath(totals.get(0).indicator());
            what = "“" + totals.get(0).indicator().name() + "”";
        } else if (form.funds(period).total() != null) {
            stated = form.funds(period).total();
            field = "funds." + period.jsonName() + ".total";
            what = period.label() + "资金总额";
        } else {
            return java.util.Optional.empty();
        }
        if (expected.compareTo(stated) == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Finding.failed(ID, Severity.WARNING, form.projectCode(), field, path,
                period.label() + "数量指标×单项成本为" + Money.wanYuan(expected) + "万元,与" + what + Money.wanYuan(stated)
                        + "万元不一致",
                "In the " + period.jsonName() + " indicators, count × per-item cost gives " + Money.wanYuan(expected)
                        + " 万元 but the stated total is " + Money.wanYuan(stated) + " 万元"));
    }
}
