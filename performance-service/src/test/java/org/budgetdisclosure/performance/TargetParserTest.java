package org.budgetdisclosure.performance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's targets, and some that do not read. */
class TargetParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1户|-|1|-|户",
            "≥3%|GE|3|-|%",
            "≤12月|LE|12|-|月",
            "≤20万元|LE|20|-|万元",
            "≥1000万元|GE|1000|-|万元",
            "提高2户|-|2|提高|户",
            "完善|-|-|完善|-",
            "10个|-|10|-|个",
            "≥90%|GE|90|-|%",
            "11月|-|11|-|月",
            "120万元|-|120|-|万元",
            "≥85%|GE|85|-|%",
            "30万元|-|30|-|万元",
            ">=95.5%|GE|95.5|-|%",
            "=100%|EQ|100|-|%"})
    void shouldReadComparatorNumberWordAndUnit(String text, String comparator, String number, String word, String unit) {
        Target target = TargetParser.parse(text).orElseThrow();
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.comparator()).isEqualTo(comparator == null ? null : Comparator.valueOf(comparator));
        assertThat(target.number()).isEqualTo(number == null ? null : new BigDecimal(number));
        assertThat(target.word()).isEqualTo(word);
        assertThat(target.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥", "1-2户", "abc", "≥90%%%%%%%%", "10 个 以上 啊"})
    void shouldNotReadMalformedTargets(String text) {
        assertThat(TargetParser.parse(text)).isEmpty();
    }

    @Test
    void shouldConvertMoneyUnitsToYuan() {
        assertThat(TargetParser.parse("≤20万元").orElseThrow().amountInYuan()).isEqualByComparingTo("200000");
        assertThat(TargetParser.parse("1户").orElseThrow().amountInYuan()).isNull();
    }
}
