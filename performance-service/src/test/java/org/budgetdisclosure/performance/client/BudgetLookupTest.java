package org.budgetdisclosure.performance.client;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** budget-service's total is used only as an amount in cents of at most 26 integer digits (the documented bound). */
class BudgetLookupTest {

    private static BudgetLookup available(String... amounts) {
        Map<String, BigDecimal> byProject = new java.util.LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i++) {
            byProject.put("P" + i, new BigDecimal(amounts[i]));
        }
        return new BudgetLookup(BudgetLookup.Status.AVAILABLE, byProject, null);
    }

    @Test
    void theTotalIsTheSumInCents() {
        assertThat(available("1200000.00", "21240").projectExpenditureTotal()).contains(new BigDecimal("1221240.00"));
    }

    @Test
    void aTotalWithFractionsOfACentOrTooManyDigitsIsNotUsed() {
        assertThat(available("1.001").projectExpenditureTotal()).isEmpty();
        assertThat(available("1" + "0".repeat(26)).projectExpenditureTotal()).isEmpty();
        assertThat(available("9".repeat(26) + ".99").projectExpenditureTotal()).isPresent();
    }

    @Test
    void noTotalWhenBudgetServiceIsUnavailable() {
        assertThat(BudgetLookup.unavailable("down").projectExpenditureTotal()).isEmpty();
    }
}
