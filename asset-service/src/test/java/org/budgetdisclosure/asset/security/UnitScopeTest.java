package org.budgetdisclosure.asset.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitScopeTest {

    @Test
    void anExactCodeCoversThatUnitOnly() {
        assertThat(UnitScope.covers(List.of("402001"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("402001"), "402002")).isFalse();
        assertThat(UnitScope.covers(List.of("402001"), "4020011")).isFalse();
        assertThat(UnitScope.covers(List.of("402001"), "40200")).isFalse();
    }

    @Test
    void aPrefixEndingInAStarCoversEveryCodeStartingWithIt() {
        assertThat(UnitScope.covers(List.of("4021*"), "402101")).isTrue();
        assertThat(UnitScope.covers(List.of("4021*"), "4021")).isTrue();
        assertThat(UnitScope.covers(List.of("4021*"), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("402001", "4021*"), "402199")).isTrue();
    }

    @Test
    void aLoneStarCoversEveryUnit() {
        assertThat(UnitScope.covers(List.of("*"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("*"), "X1")).isTrue();
    }

    @Test
    void anythingElseCoversNothing() {
        assertThat(UnitScope.covers(List.of(), "402001")).isFalse();
        assertThat(UnitScope.covers(null, "402001")).isFalse();
        assertThat(UnitScope.covers(List.of(""), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("40*1"), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("**"), "402001")).isFalse();
        assertThat(UnitScope.covers(List.of("*"), "")).isFalse();
        assertThat(UnitScope.covers(List.of("*"), null)).isFalse();
        assertThat(UnitScope.covers(java.util.Arrays.asList((String) null), "402001")).isFalse();
    }

    @Test
    void codesAreComparedExactlyNotIgnoringCase() {
        assertThat(UnitScope.covers(List.of("ab01"), "AB01")).isFalse();
        assertThat(UnitScope.covers(List.of("ab*"), "AB01")).isFalse();
    }
}
