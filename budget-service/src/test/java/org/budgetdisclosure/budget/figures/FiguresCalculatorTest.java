package org.budgetdisclosure.budget.figures;

import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of the seed's 第三部分, number for number. */
class FiguresCalculatorTest {

    private final BudgetFigures figures = FiguresCalculator.compute(SampleBudget.budget(), Catalogues.shipped(2025));

    @Test
    void statesTheChangeAgainstLastYearAsSectionOneDoes() {
        // 预算收入总计422.96万元…比上年减少467.16万元，下降52.48%
        assertThat(figures.incomeTotal().current().wan()).isEqualTo("422.96");
        assertThat(figures.incomeTotal().change().wan()).isEqualTo("467.16");
        assertThat(figures.incomeTotal().directionZh()).isEqualTo("减少");
        assertThat(figures.incomeTotal().percent()).isEqualByComparingTo("52.48");
        assertThat(figures.expenditureTotal().change().wan()).isEqualTo("467.16");
        assertThat(figures.carriedOverIncome().yuan()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void statesIncomeBySourceAsSectionTwoDoes() {
        assertThat(figures.incomeBySource()).extracting(Share::name)
                .containsExactly("一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金", "上年结转");
        assertThat(figures.incomeBySource().get(0).percent()).isEqualByComparingTo("100.00");
        assertThat(figures.incomeBySource().get(1).percent()).isEqualByComparingTo("0");
    }

    @Test
    void statesBasicAndProjectSharesAsSectionThreeDoes() {
        assertThat(figures.expenditureByKind()).extracting(s -> s.amount().wan() + "/" + s.percent())
                .containsExactly("140.83/33.30", "282.12/66.70");
    }

    @Test
    void statesTheFiscalAppropriationByClassAsSectionFourDoes() {
        assertThat(figures.fiscalAppropriation().total().wan()).isEqualTo("422.96");
        assertThat(figures.fiscalAppropriation().expenditureByClass()).extracting(s -> s.name() + s.amount().wan())
                .containsExactly("社会保障和就业支出28.42", "卫生健康支出5.15", "资源勘探工业信息等支出378.47", "住房保障支出10.90");
    }

    @Test
    void statesTheGeneralPublicBudgetStructureAsSectionFiveDoes() {
        assertThat(figures.generalPublicBudgetExpenditure().current().wan()).isEqualTo("422.96");
        assertThat(figures.generalPublicBudgetExpenditure().percent()).isEqualByComparingTo("52.48");
        assertThat(figures.generalPublicBudgetByClass()).extracting(s -> s.percent().toPlainString())
                .containsExactly("6.72", "1.22", "89.48", "2.58");
    }

    @Test
    void statesPersonnelAndOperatingFundsAsSectionSixDoes() {
        assertThat(figures.basicExpenditure().total().wan()).isEqualTo("140.83");
        assertThat(figures.basicExpenditure().personnel().wan()).isEqualTo("125.27");
        assertThat(figures.basicExpenditure().operating().wan()).isEqualTo("15.56");
        assertThat(figures.basicExpenditure().personnelItems()).containsExactlyInAnyOrder("其他社会保障缴费", "基本工资", "住房公积金",
                "机关事业单位基本养老保险缴费", "奖金", "退休费", "奖励金", "津贴补贴", "职业年金缴费", "职工基本医疗保险缴费");
        assertThat(figures.basicExpenditure().operatingItems()).containsExactlyInAnyOrder("办公费", "福利费", "其他交通费用",
                "其他商品和服务支出", "培训费", "差旅费", "工会经费", "劳务费");
    }

    @Test
    void countsProjectsByCategoryAsSectionTenDoes() {
        assertThat(figures.projectsByCategory()).extracting(c -> c.categoryName() + c.count() + "/" + c.amount().wan())
                .containsExactly("其他运转类1/2.12", "特定目标类3/280.00");
    }

    @Test
    void hasNoThreePublicExpensesAsSectionSevenSays() {
        assertThat(figures.threePublicExpenses().current().yuan()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(figures.threePublicExpenses().prior()).isNull();
    }
}
