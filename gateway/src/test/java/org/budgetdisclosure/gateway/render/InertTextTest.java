package org.budgetdisclosure.gateway.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InertTextTest {

    @Test
    void textThatStartsLikeAFormulaIsFormulaLike() {
        assertThat(InertText.formulaLike("=1+1")).isTrue();
        assertThat(InertText.formulaLike("+A1")).isTrue();
        assertThat(InertText.formulaLike("-2+3+cmd|' /C calc'!A0")).isTrue();
        assertThat(InertText.formulaLike("@SUM(A1)")).isTrue();
        assertThat(InertText.formulaLike("\t=1")).isTrue();
        assertThat(InertText.formulaLike("\r=1")).isTrue();
    }

    @Test
    void numbersAndOrdinaryTextAreNot() {
        assertThat(InertText.formulaLike("-3.00")).isFalse();
        assertThat(InertText.formulaLike("+5")).isFalse();
        assertThat(InertText.formulaLike("-12.5%")).isFalse();
        assertThat(InertText.formulaLike("社会保障和就业支出")).isFalse();
        assertThat(InertText.formulaLike("a=b")).isFalse();
        assertThat(InertText.formulaLike("")).isFalse();
        assertThat(InertText.formulaLike(null)).isFalse();
    }

    @Test
    void csvGetsALeadingApostropheOnlyWhereNeeded() {
        assertThat(InertText.forCsv("=1+1")).isEqualTo("'=1+1");
        assertThat(InertText.forCsv("-3.00")).isEqualTo("-3.00");
        assertThat(InertText.forCsv("合计")).isEqualTo("合计");
    }
}
