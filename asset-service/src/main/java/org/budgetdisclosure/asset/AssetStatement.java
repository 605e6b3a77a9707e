package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a unit states about its assets for a fiscal year, as of a date (截至…): the allowed number
 * of vehicles per category (编制), floor areas, and, for units without a register, reported counts.
 *
 * @param reportedActual          per category, or null when the counts come from the vehicle register
 * @param reportedEquipment       counts ≥50万/≥100万, or null when they come from the equipment register
 */
public record AssetStatement(String unitName, LocalDate asOfDate, List<VehicleQuota> vehicleQuota,
                             BigDecimal officeSpace, List<FloorArea> otherFloorAreas,
                             ReportedEquipmentCounts reportedEquipment) {

    /** 编制 (allowed) for one category, with the actual count when the unit reports counts only. */
    public record VehicleQuota(VehicleCategory category, int allowed, Integer reportedActual) {
    }

    public record FloorArea(String name, BigDecimal area) {
    }

    public record ReportedEquipmentCounts(int atLeast500k, int atLeast1m) {
    }

    public boolean reportsVehicleCounts() {
        return vehicleQuota.stream().anyMatch(q -> q.reportedActual() != null);
    }
}
