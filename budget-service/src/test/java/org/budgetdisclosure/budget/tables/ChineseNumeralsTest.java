package org.budgetdisclosure.budget.tables;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"1,一", "9,九", "10,十", "11,十一", "20,二十", "21,二十一", "30,三十", "99,九十九"})
    void numbersTheRowsAsTheTablesDo(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }
}
