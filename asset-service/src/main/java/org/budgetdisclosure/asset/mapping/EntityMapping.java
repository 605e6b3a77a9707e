package org.budgetdisclosure.asset.mapping;

import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.Equipment;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.Vehicle;
import org.budgetdisclosure.asset.VehicleCategory;
import org.budgetdisclosure.asset.entity.AssetStatementEntity;
import org.budgetdisclosure.asset.entity.EquipmentEntity;
import org.budgetdisclosure.asset.entity.ProcurementPlanEntity;
import org.budgetdisclosure.asset.entity.PurchasedServicesEntity;
import org.budgetdisclosure.asset.entity.VehicleEntity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities ⇄ domain records. Reading an entity's collections here loads them, inside the caller's
 * transaction. Writing copies every stored field into a managed entity (the key aside), replacing its
 * collections' contents so that Hibernate writes only the rows that differ and bumps the version.
 */
public final class EntityMapping {

    private EntityMapping() {
    }

    // ---- registers -------------------------------------------------------------------------------

    public static Vehicle vehicle(VehicleEntity e) {
        return new Vehicle(e.itemId, e.plateNumber, e.category, e.acquisitionDate, e.originalValue, e.status,
                e.disposalDate, e.note);
    }

    public static VehicleEntity newVehicle(String unitCode, Vehicle v) {
        VehicleEntity e = new VehicleEntity();
        e.unitCode = unitCode;
        e.itemId = v.vehicleId();
        copy(v, e);
        return e;
    }

    public static void copy(Vehicle v, VehicleEntity e) {
        e.plateNumber = v.plateNumber();
        e.category = v.category();
        e.acquisitionDate = v.acquisitionDate();
        e.originalValue = v.originalValue();
        e.status = v.status();
        e.disposalDate = v.disposalDate();
        e.note = v.note();
    }

    public static Equipment equipment(EquipmentEntity e) {
        return new Equipment(e.itemId, e.name, e.classificationCode, e.acquisitionDate, e.originalValue, e.status,
                e.disposalDate, e.note);
    }

    public static EquipmentEntity newEquipment(String unitCode, Equipment item) {
        EquipmentEntity e = new EquipmentEntity();
        e.unitCode = unitCode;
        e.itemId = item.equipmentId();
        copy(item, e);
        return e;
    }

    public static void copy(Equipment item, EquipmentEntity e) {
        e.name = item.name();
        e.classificationCode = item.classificationCode();
        e.acquisitionDate = item.acquisitionDate();
        e.originalValue = item.originalValue();
        e.status = item.status();
        e.disposalDate = item.disposalDate();
        e.note = item.note();
    }

    // ---- statement ---------------------------------------------------------------------------------

    /** The quota in the disclosure's category order; reported equipment counts only when the unit reports them. */
    public static AssetStatement statement(AssetStatementEntity e) {
        List<AssetStatement.VehicleQuota> quota = e.vehicleQuota.entrySet().stream()
                .map(q -> new AssetStatement.VehicleQuota(q.getKey(), q.getValue().allowed, q.getValue().reportedActual))
                .sorted(Comparator.comparing(AssetStatement.VehicleQuota::category))
                .toList();
        List<AssetStatement.FloorArea> areas = e.floorAreas.stream()
                .map(a -> new AssetStatement.FloorArea(a.name, a.area))
                .toList();
        AssetStatement.ReportedEquipmentCounts reported = e.reportedEquipment500k == null ? null
                : new AssetStatement.ReportedEquipmentCounts(e.reportedEquipment500k,
                        e.reportedEquipment1m == null ? 0 : e.reportedEquipment1m);
        return new AssetStatement(e.unitName, e.asOfDate, quota, e.officeSpace, areas, reported);
    }

    public static AssetStatementEntity newStatement(String unitCode, int year) {
        AssetStatementEntity e = new AssetStatementEntity();
        e.unitCode = unitCode;
        e.fiscalYear = year;
        return e;
    }

    public static void copy(AssetStatement s, AssetStatementEntity e) {
        e.unitName = s.unitName();
        e.asOfDate = s.asOfDate();
        e.officeSpace = s.officeSpace();
        e.reportedEquipment500k = s.reportedEquipment() == null ? null : s.reportedEquipment().atLeast500k();
        e.reportedEquipment1m = s.reportedEquipment() == null ? null : s.reportedEquipment().atLeast1m();
        Map<VehicleCategory, AssetStatementEntity.Quota> quota = new LinkedHashMap<>();
        for (AssetStatement.VehicleQuota q : s.vehicleQuota()) {
            quota.put(q.category(), new AssetStatementEntity.Quota(q.allowed(), q.reportedActual()));
        }
        e.vehicleQuota.clear();
        e.vehicleQuota.putAll(quota);
        e.floorAreas.clear();
        s.otherFloorAreas().forEach(a -> e.floorAreas.add(new AssetStatementEntity.FloorArea(a.name(), a.area())));
    }

    // ---- procurement -------------------------------------------------------------------------------

    public static ProcurementPlan procurement(ProcurementPlanEntity e) {
        List<ProcurementPlan.Item> items = e.items.stream()
                .map(i -> new ProcurementPlan.Item(i.type, i.description, i.amount, i.smeSetAside))
                .toList();
        ProcurementPlan.ReportedTotals totals = e.reportedTotal == null ? null
                : new ProcurementPlan.ReportedTotals(e.reportedTotal, e.reportedGoods, e.reportedWorks, e.reportedServices);
        return new ProcurementPlan(items, totals);
    }

    public static ProcurementPlanEntity newProcurement(String unitCode, int year) {
        ProcurementPlanEntity e = new ProcurementPlanEntity();
        e.unitCode = unitCode;
        e.fiscalYear = year;
        return e;
    }

    public static void copy(ProcurementPlan plan, ProcurementPlanEntity e) {
        ProcurementPlan.ReportedTotals r = plan.reportedTotals();
        e.reportedTotal = r == null ? null : r.total();
        e.reportedGoods = r == null ? null : r.goods();
        e.reportedWorks = r == null ? null : r.works();
        e.reportedServices = r == null ? null : r.services();
        e.items.clear();
        plan.items().forEach(i -> e.items.add(
                new ProcurementPlanEntity.Item(i.type(), i.description(), i.amount(), i.smeSetAside())));
    }

    // ---- purchased services ------------------------------------------------------------------------

    public static PurchasedServicesCatalogue purchasedServices(PurchasedServicesEntity e) {
        List<PurchasedServicesCatalogue.Entry> entries = e.entries.stream()
                .map(x -> new PurchasedServicesCatalogue.Entry(x.code, x.name, x.description))
                .toList();
        return new PurchasedServicesCatalogue(e.none, entries, e.note);
    }

    public static PurchasedServicesEntity newPurchasedServices(String unitCode, int year) {
        PurchasedServicesEntity e = new PurchasedServicesEntity();
        e.unitCode = unitCode;
        e.fiscalYear = year;
        return e;
    }

    public static void copy(PurchasedServicesCatalogue c, PurchasedServicesEntity e) {
        e.none = c.none();
        e.note = c.note();
        e.entries.clear();
        c.entries().forEach(x -> e.entries.add(new PurchasedServicesEntity.Entry(x.code(), x.name(), x.description())));
    }
}
