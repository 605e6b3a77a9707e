package org.budgetdisclosure.asset;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    void shouldParseExactAmountsToTwoDecimals() {
        assertThat(Money.parse("3800", "amount", true, errors)).isEqualByComparingTo("3800.00").hasToString("3800.00");
        assertThat(Money.parse("0.5", "amount", true, errors)).hasToString("0.50");
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectNegativeOverPreciseTooLongAndNonNumericValuesNamingTheField() {
        assertThat(Money.parse("-0.01", "a", true, errors)).isNull();
        assertThat(Money.parse("1.005", "b", true, errors)).isNull();
        assertThat(Money.parse("12345678901234567.00", "c", true, errors)).isNull();
        assertThat(Money.parse("abc", "d", true, errors)).isNull();
        assertThat(Money.parse(null, "e", true, errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("a", "b", "c", "d", "e");
        assertThat(errors).extracting(FieldError::reason).containsExactly("must not be negative",
                "must have at most two decimals", "must have at most 16 integer digits",
                "must be a decimal number such as \"3800.00\"", "is required");
    }

    @Test
    void shouldRefuseEveryWrittenFormButAsciiDigitsWithAtMostTwoDecimals() {
        for (String bad : java.util.List.of("1e3", "+5.00", " 5.00", "5.00 ", "５.００", "٥.٠٠", "-0.00", "", "1.2500", "5.",
                ".5", "1,000.00", "0x10", "NaN", "Infinity", "5.00\u0000")) {
            java.util.List<FieldError> found = new java.util.ArrayList<>();
            assertThat(Money.parse(bad, "amount", false, found)).as(bad).isNull();
            assertThat(found).as(bad).extracting(FieldError::field).containsExactly("amount");
        }
    }

    @Test
    void shouldShowWanHalfUpFromExactYuan() {
        assertThat(Money.wan(new BigDecimal("3800.00"))).isEqualTo("0.38");
        assertThat(Money.wan(new BigDecimal("50.00"))).isEqualTo("0.01");
        assertThat(Money.wan(new BigDecimal("49.99"))).isEqualTo("0.00");
        assertThat(Money.wan(new BigDecimal("1200000.00"))).isEqualTo("120.00");
    }

    @Test
    void anAmountLongerThanItsDocumentedMaxLengthIsRefusedEvenWhenItsValueFits() {
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        org.assertj.core.api.Assertions.assertThat(Money.parse("0".repeat(30) + "1.00", "amount", true, errors)).isNull();
        org.assertj.core.api.Assertions.assertThat(errors).extracting(FieldError::reason)
                .containsExactly("must be at most 32 characters");
        errors.clear();
        org.assertj.core.api.Assertions.assertThat(Money.parse("9999999999999999.99", "amount", true, errors)).isNotNull();
        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
    }
}
