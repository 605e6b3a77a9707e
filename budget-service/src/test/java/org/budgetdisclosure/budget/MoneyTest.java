package org.budgetdisclosure.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void displaysYuanAsWanWithTwoDecimalsRoundedHalfUp() {
        assertThat(Money.wanText(new BigDecimal("4229565.00"))).isEqualTo("422.96");
        assertThat(Money.wanText(new BigDecimal("963450.00"))).isEqualTo("96.35");
        assertThat(Money.wanText(new BigDecimal("963449.99"))).isEqualTo("96.34");
        assertThat(Money.wanText(new BigDecimal("21240.00"))).isEqualTo("2.12");
        assertThat(Money.wanText(new BigDecimal("30.00"))).isEqualTo("0.00");
    }

    @Test
    void computesSharesFromExactAmounts() {
        assertThat(Money.percent(new BigDecimal("1408325.00"), new BigDecimal("4229565.00"))).isEqualByComparingTo("33.30");
        assertThat(Money.percent(new BigDecimal("4671600.00"), new BigDecimal("8901165.00"))).isEqualByComparingTo("52.48");
        assertThat(Money.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void refusesToDropCents() {
        assertThat(Money.yuan("12")).isEqualByComparingTo("12.00").hasScaleOf(2);
        assertThatThrownBy(() -> Money.yuan("0.005")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sumsExactlyAtScaleTwo() {
        assertThat(Money.sum(List.of(new BigDecimal("0.10"), new BigDecimal("0.20")))).isEqualTo(new BigDecimal("0.30"));
        assertThat(Money.sum(List.of())).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void countsTheDigitsBeforeThePoint() {
        assertThat(Money.integerDigits(new BigDecimal("1234567890123456.00"))).isEqualTo(16);
        assertThat(Money.integerDigits(new BigDecimal("0.50"))).isZero();
    }
}
