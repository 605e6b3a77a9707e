package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the disclosure states about a unit's assets, procurement and purchased services for a
 * year, derived from the stored registers and statements. A part is null when nothing was stated.
 */
public record AssetSnapshot(String unitCode, int fiscalYear, String unitName, LocalDate asOfDate,
                            VehicleCounts vehicles, Buildings buildings, EquipmentCounts equipment,
                            ProcurementTotals procurement, PurchasedServicesCatalogue purchasedServices) {

    /** Whether counts were derived from a register or reported as counts only. */
    public enum CountSource { REGISTER, REPORTED }

    public record CategoryCount(VehicleCategory category, int allowed, int actual) {
    }

    public record VehicleCounts(CountSource source, List<CategoryCount> byCategory) {
        public int allowed() {
            return byCategory.stream().mapToInt(CategoryCount::allowed).sum();
        }

        public int actual() {
            return byCategory.stream().mapToInt(CategoryCount::actual).sum();
        }
    }

    public record Buildings(BigDecimal officeSpace, List<AssetStatement.FloorArea> otherFloorAreas) {
    }

    public record EquipmentCounts(CountSource source, int atLeast500k, int atLeast1m) {
    }

    public record ProcurementTotals(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services,
                                    BigDecimal smeSetAside, List<ProcurementPlan.Item> items) {
    }
}
