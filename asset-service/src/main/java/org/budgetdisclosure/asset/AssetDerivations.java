package org.budgetdisclosure.asset;

import org.budgetdisclosure.asset.AssetSnapshot.CategoryCount;
import org.budgetdisclosure.asset.AssetSnapshot.CountSource;
import org.budgetdisclosure.asset.AssetSnapshot.EquipmentCounts;
import org.budgetdisclosure.asset.AssetSnapshot.ProcurementTotals;
import org.budgetdisclosure.asset.AssetSnapshot.VehicleCounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The figures the disclosure states, derived from registers and plans. Pure; no I/O. */
public final class AssetDerivations {

    /** 50万元（原值）以上: the threshold is inclusive, as 以上 is in Chinese regulations. */
    public static final BigDecimal THRESHOLD_500K = new BigDecimal("500000.00");
    public static final BigDecimal THRESHOLD_1M = new BigDecimal("1000000.00");

    private AssetDerivations() {
    }

    /** The snapshot a unit-year's statement, plan and catalogue state; empty when none of them is stated. */
    public static Optional<AssetSnapshot> snapshot(String unitCode, ConsistencyRules.Subject s) {
        if (s.statement() == null && s.plan() == null && s.catalogue() == null) {
            return Optional.empty();
        }
        AssetStatement st = s.statement();
        return Optional.of(new AssetSnapshot(unitCode, s.year(),
                st == null ? null : st.unitName(),
                st == null ? null : st.asOfDate(),
                st == null ? null : vehicleCounts(st, s.vehicles()),
                st == null ? null : new AssetSnapshot.Buildings(st.officeSpace(), st.otherFloorAreas()),
                st == null ? null : equipmentCounts(st, s.equipment()),
                s.plan() == null ? null : procurementTotals(s.plan()),
                s.catalogue()));
    }

    /**
     * 编制/实有 per category in the disclosure's order. Actual counts come from the register (vehicles
     * held on the as-of date) unless the register is empty and the unit reported counts.
     */
    public static VehicleCounts vehicleCounts(AssetStatement statement, List<Vehicle> register) {
        Map<VehicleCategory, AssetStatement.VehicleQuota> quota = new EnumMap<>(VehicleCategory.class);
        statement.vehicleQuota().forEach(q -> quota.put(q.category(), q));
        boolean reported = register.isEmpty() && statement.reportsVehicleCounts();
        Map<VehicleCategory, Integer> held = heldVehiclesByCategory(register, statement.asOfDate());
        List<CategoryCount> counts = new ArrayList<>();
        for (VehicleCategory category : VehicleCategory.values()) {
            AssetStatement.VehicleQuota q = quota.get(category);
            int allowed = q == null ? 0 : q.allowed();
            int actual = reported
                    ? (q == null || q.reportedActual() == null ? 0 : q.reportedActual())
                    : held.getOrDefault(category, 0);
            counts.add(new CategoryCount(category, allowed, actual));
        }
        return new VehicleCounts(reported ? CountSource.REPORTED : CountSource.REGISTER, List.copyOf(counts));
    }

    public static Map<VehicleCategory, Integer> heldVehiclesByCategory(List<Vehicle> register, LocalDate asOf) {
        Map<VehicleCategory, Integer> held = new EnumMap<>(VehicleCategory.class);
        register.stream().filter(v -> v.heldOn(asOf)).forEach(v -> held.merge(v.category(), 1, Integer::sum));
        return held;
    }

    /** Items of general equipment held on the as-of date with original value ≥ 50万 and ≥ 100万. */
    public static EquipmentCounts equipmentCounts(AssetStatement statement, List<Equipment> register) {
        if (register.isEmpty() && statement.reportedEquipment() != null) {
            return new EquipmentCounts(CountSource.REPORTED, statement.reportedEquipment().atLeast500k(),
                    statement.reportedEquipment().atLeast1m());
        }
        return countFromRegister(register, statement.asOfDate());
    }

    public static EquipmentCounts countFromRegister(List<Equipment> register, LocalDate asOf) {
        int atLeast500k = 0;
        int atLeast1m = 0;
        for (Equipment item : register) {
            if (!item.heldOn(asOf)) {
                continue;
            }
            if (item.originalValue().compareTo(THRESHOLD_500K) >= 0) {
                atLeast500k++;
            }
            if (item.originalValue().compareTo(THRESHOLD_1M) >= 0) {
                atLeast1m++;
            }
        }
        return new EquipmentCounts(CountSource.REGISTER, atLeast500k, atLeast1m);
    }

    /** Totals by type, summed from the exact item amounts. */
    public static ProcurementTotals procurementTotals(ProcurementPlan plan) {
        Map<ProcurementType, BigDecimal> byType = new EnumMap<>(ProcurementType.class);
        for (ProcurementType type : ProcurementType.values()) {
            byType.put(type, Money.zero());
        }
        BigDecimal setAside = Money.zero();
        for (ProcurementPlan.Item item : plan.items()) {
            byType.merge(item.type(), item.amount(), BigDecimal::add);
            if (item.smeSetAside() != null) {
                setAside = setAside.add(item.smeSetAside());
            }
        }
        BigDecimal goods = byType.get(ProcurementType.GOODS);
        BigDecimal works = byType.get(ProcurementType.WORKS);
        BigDecimal services = byType.get(ProcurementType.SERVICES);
        if (plan.items().isEmpty() && plan.reportedTotals() != null) {
            // Totals-only plan: the reported split is what the disclosure states.
            ProcurementPlan.ReportedTotals r = plan.reportedTotals();
            return new ProcurementTotals(r.total(), r.goods(), r.works(), r.services(), setAside, List.of());
        }
        return new ProcurementTotals(goods.add(works).add(services), goods, works, services, setAside,
                plan.items());
    }
}
