package org.budgetdisclosure.asset;

import java.util.List;

/**
 * 政府购买服务指导性目录 of a unit for a year: its entries, or {@code none} (the disclosure prints "无").
 */
public record PurchasedServicesCatalogue(boolean none, List<Entry> entries, String note) {

    public record Entry(String code, String name, String description) {
    }
}
