package org.budgetdisclosure.performance;

import org.budgetdisclosure.performance.rules.AnnualWithinPeriodRule;
import org.budgetdisclosure.performance.rules.BudgetFundsRule;
import org.budgetdisclosure.performance.rules.CostArithmeticRule;
import org.budgetdisclosure.performance.rules.FundsSplitRule;
import org.budgetdisclosure.performance.rules.IndicatorLevelRule;
import org.budgetdisclosure.performance.rules.TargetParsesRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on its own, without a database. */
class FormRulesTest {

    private static final Funds SEED_FUNDS = funds("1200000.00", "0.00", "1200000.00", "0.00", "0.00", null);

    private static Funds funds(String total, String central, String provincial, String municipal, String self, String other) {
        return new Funds(dec(total), dec(central), dec(provincial), dec(municipal), dec(self), dec(other));
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Indicator ind(IndicatorLevel1 l1, IndicatorLevel2 l2, String name, String target) {
        return new Indicator(l1, l2, name, target);
    }

    private static PerformanceForm form(Funds impl, Funds annual, List<Indicator> indicators) {
        return new PerformanceForm("402001", 2025, "P", "p", null, null, "906", "经建股单位", "u", ProjectAttribute.ONE_OFF,
                null, "1年", ProjectCategory.SPECIFIC_GOAL, impl, annual, null, null, null, null, null, null, null,
                indicators, indicators, true, null, null, null, null);
    }

    /** The seed's third form: 4户 × 30万元 = 120万元. */
    private static final List<Indicator> THIRD_FORM = List.of(
            ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "培育“小升规”企业数量", "4户"),
            ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "首次达到规模以上并纳入统计部门直报的小型微型工业企业给予一次奖励每户金额", "30万元"),
            ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "补助企业总额", "120万元"),
            ind(IndicatorLevel1.BENEFIT, IndicatorLevel2.ECONOMIC_BENEFIT, null, null));

    @Test
    void shouldAcceptCountTimesPerItemThatEqualsTheStatedTotal() {
        assertThat(new CostArithmeticRule().check(form(SEED_FUNDS, SEED_FUNDS, THIRD_FORM))).isEmpty();
    }

    @Test
    void shouldWarnWhenCountTimesPerItemMissesTheStatedTotal() {
        List<Indicator> second = List.of(
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "补助“小升规”企业数", "10个"),
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "补助“小升规”企业总金额", "120万元"),
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "每个企业一次性奖励", "10万元"));
        List<Finding> findings = new CostArithmeticRule().check(form(SEED_FUNDS, SEED_FUNDS, second));
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).endsWith("[1].target");
        });
    }

    @Test
    void shouldPairSeveralCountsWithTheirPerItemAmountsAgainstTheFunds() {
        Funds forty = funds("400000.00", "0.00", "400000.00", "0.00", "0.00", null);
        List<Indicator> first = List.of(
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "认定省级(国家级)小微企业创新创业基地个数", "1户"),
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "培育认定“专精特新”中小企业数", "1户"),
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "对认定的每个省级双创基地进行一次性奖励", "≤20万元"),
                ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.COST, "培育认定“专精特新”中小企业每户奖励金额", "≤20万元"));
        assertThat(new CostArithmeticRule().check(form(forty, forty, first))).isEmpty();
        Funds fifty = funds("500000.00", "0.00", "500000.00", "0.00", "0.00", null);
        assertThat(new CostArithmeticRule().check(form(fifty, fifty, first)))
                .extracting(Finding::field).containsExactly("funds.implementationPeriod.total", "funds.annual.total");
    }

    @Test
    void shouldFindFundsThatDoNotAddUpToTheirTotal() {
        Funds wrong = funds("1200000.00", "0.00", "1000000.00", "0.00", "0.00", null);
        assertThat(new FundsSplitRule().check(form(SEED_FUNDS, wrong, THIRD_FORM)))
                .extracting(Finding::field).containsExactly("funds.annual.total");
        assertThat(new FundsSplitRule().check(form(SEED_FUNDS, SEED_FUNDS, THIRD_FORM))).isEmpty();
    }

    @Test
    void shouldFindAnnualFundsAboveTheImplementationPeriods() {
        Funds more = funds("1300000.00", "0.00", "1300000.00", "0.00", "0.00", null);
        assertThat(new AnnualWithinPeriodRule().check(form(SEED_FUNDS, more, THIRD_FORM)))
                .extracting(Finding::field).containsExactly("funds.annual.total", "funds.annual.provincial");
    }

    @Test
    void shouldFindALevelTwoUnderTheWrongLevelOne() {
        List<Indicator> wrong = List.of(ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.ECONOMIC_BENEFIT, "x", "1户"));
        assertThat(new IndicatorLevelRule().check(form(SEED_FUNDS, SEED_FUNDS, wrong)))
                .extracting(Finding::field).containsExactly("indicators.implementationPeriod[0].level2", "indicators.annual[0].level2");
        assertThat(new IndicatorLevelRule().check(form(SEED_FUNDS, SEED_FUNDS, THIRD_FORM))).isEmpty();
    }

    @Test
    void shouldFindATargetThatDoesNotRead() {
        List<Indicator> wrong = List.of(ind(IndicatorLevel1.OUTPUT, IndicatorLevel2.QUANTITY, "x", "1-2户"));
        assertThat(new TargetParsesRule().check(form(SEED_FUNDS, SEED_FUNDS, wrong)))
                .extracting(Finding::ruleId).containsOnly(TargetParsesRule.ID);
    }

    @Test
    void shouldCompareTheAnnualFundsWithTheBudgetOrSayNotChecked() {
        PerformanceForm f = form(SEED_FUNDS, SEED_FUNDS, THIRD_FORM);
        assertThat(BudgetFundsRule.check(f, new BudgetFundsRule.ProjectAmount(new BigDecimal("1200000.00")))).isEmpty();
        assertThat(BudgetFundsRule.check(f, new BudgetFundsRule.ProjectAmount(new BigDecimal("1000000.00"))))
                .get().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(BudgetFundsRule.check(f, new BudgetFundsRule.Unavailable("timed out")))
                .get().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.INFO);
                    assertThat(x.status()).isEqualTo(FindingStatus.NOT_CHECKED);
                });
    }

    @Test
    void shouldFormatMoneyForFormsAndWanYuan() {
        assertThat(Money.formYuan(new BigDecimal("1200000.00"))).isEqualTo("1,200,000");
        assertThat(Money.formYuan(new BigDecimal("21240.50"))).isEqualTo("21,240.50");
        assertThat(Money.wanYuan(new BigDecimal("2821240.00"))).isEqualTo("282.12");
        assertThat(Money.wanYuan(new BigDecimal("21240.00"))).isEqualTo("2.12");
        assertThat(Money.percent(new BigDecimal("2821240.00"), new BigDecimal("2821240.00"))).isEqualTo("100.00");
    }

    @Test
    void shouldSummariseManagedAndPublishedGoalsByCategory() {
        List<ManagedGoal> goals = List.of(
                new ManagedGoal("402001", 2025, "402001250003", "遗属人员补助", ProjectCategory.OTHER_OPERATION, new BigDecimal("21240.00"), true, false),
                new ManagedGoal("402001", 2025, "402001250004", "a", ProjectCategory.SPECIFIC_GOAL, new BigDecimal("400000.00"), true, true),
                new ManagedGoal("402001", 2025, "402001250001", "b", ProjectCategory.SPECIFIC_GOAL, new BigDecimal("1200000.00"), false, true));
        GoalSummary summary = GoalSummary.of(goals, new BigDecimal("1621240.00"));
        assertThat(summary.managed().count()).isEqualTo(3);
        assertThat(summary.managed().amount()).isEqualByComparingTo("1621240.00");
        assertThat(summary.published().count()).isEqualTo(2);
        assertThat(summary.share()).isEqualTo("25.98");
        assertThat(GoalSummary.of(goals, null).share()).isNull();
    }
}
