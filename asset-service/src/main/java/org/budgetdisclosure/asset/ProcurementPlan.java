package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's 政府采购预算: its items and, optionally, the totals as the unit reported them
 * (checked against each other and against the items).
 */
public record ProcurementPlan(List<Item> items, ReportedTotals reportedTotals) {

    /** @param smeSetAside 面向中小企业预留 part of the amount, or null */
    public record Item(ProcurementType type, String description, BigDecimal amount, BigDecimal smeSetAside) {
    }

    public record ReportedTotals(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services) {
    }
}
