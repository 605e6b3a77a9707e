package org.budgetdisclosure.budget.security;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit-scope rule of docs/identity.md, without a server. */
class UnitScopeTest {

    @Test
    void anExactCodeCoversThatUnitOnly() {
        assertThat(UnitScope.covers(List.of("402001"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("402001"), "402002")).isFalse();
        assertThat(UnitScope.covers(List.of("402001"), "4020011")).isFalse();
        assertThat(UnitScope.covers(List.of("402001"), "40200")).isFalse();
    }

    @Test
    void aPrefixEndingInAStarCoversEveryUnitStartingWithIt() {
        assertThat(UnitScope.covers(List.of("4021*"), "402101")).isTrue();
        assertThat(UnitScope.covers(List.of("4021*"), "4021")).isTrue();
        assertThat(UnitScope.covers(List.of("4021*"), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("402001", "4021*"), "402199")).isTrue();
    }

    @Test
    void aStarAloneCoversEveryUnit() {
        assertThat(UnitScope.covers(List.of("*"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("*"), "TEST01")).isTrue();
    }

    @Test
    void nothingElseMatches() {
        assertThat(UnitScope.covers(List.of(), "402001")).isFalse();
        assertThat(UnitScope.covers(null, "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("*"), null)).isFalse();
        assertThat(UnitScope.covers(List.of("*"), "")).isFalse();
        assertThat(UnitScope.covers(Arrays.asList(null, ""), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("4020*1"), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("**"), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("402001 "), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("test01"), "TEST01")).isFalse();
        assertThat(UnitScope.covers(List.of("40*"), "4")).isFalse();
    }
}
