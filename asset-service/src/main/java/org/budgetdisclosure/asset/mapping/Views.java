package org.budgetdisclosure.asset.mapping;

import org.budgetdisclosure.asset.AssetDerivations;
import org.budgetdisclosure.asset.AssetSnapshot;
import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.Equipment;
import org.budgetdisclosure.asset.Finding;
import org.budgetdisclosure.asset.Money;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.Severity;
import org.budgetdisclosure.asset.Vehicle;
import org.budgetdisclosure.asset.api.Api;

import java.util.ArrayList;
import java.util.List;

/** Domain values → API views: money as two-decimal strings, enumerations with their Chinese names. */
public final class Views {

    private Views() {
    }

    public static Api.VehicleView vehicle(Vehicle v) {
        return new Api.VehicleView(v.vehicleId(), v.plateNumber(), v.category().name(), v.category().nameZh(),
                v.acquisitionDate(), Money.format(v.originalValue()), v.status().name(), v.status().nameZh(),
                v.disposalDate(), v.note());
    }

    public static Api.EquipmentView equipment(Equipment e) {
        return new Api.EquipmentView(e.equipmentId(), e.name(), e.classificationCode(), e.acquisitionDate(),
                Money.format(e.originalValue()), e.status().name(), e.status().nameZh(), e.disposalDate(), e.note());
    }

    public static Api.StatementView statement(String unitCode, int year, AssetStatement s) {
        return new Api.StatementView(unitCode, year, s.unitName(), s.asOfDate(),
                s.vehicleQuota().stream().map(q -> new Api.VehicleQuotaView(q.category().name(), q.category().nameZh(),
                        q.allowed(), q.reportedActual())).toList(),
                Money.format(s.officeSpace()), floorAreas(s.otherFloorAreas()),
                s.reportedEquipment() == null ? null : new Api.EquipmentCountsInput(
                        s.reportedEquipment().atLeast500k(), s.reportedEquipment().atLeast1m()));
    }

    private static List<Api.FloorAreaView> floorAreas(List<AssetStatement.FloorArea> areas) {
        return areas.stream().map(a -> new Api.FloorAreaView(a.name(), Money.format(a.area()))).toList();
    }

    public static Api.ProcurementPlanView procurement(String unitCode, int year, ProcurementPlan plan) {
        List<Api.ProcurementItemView> items = new ArrayList<>();
        for (int i = 0; i < plan.items().size(); i++) {
            ProcurementPlan.Item item = plan.items().get(i);
            items.add(new Api.ProcurementItemView(i + 1, item.type().name(), item.type().nameZh(), item.description(),
                    Money.format(item.amount()), Money.format(item.smeSetAside())));
        }
        ProcurementPlan.ReportedTotals r = plan.reportedTotals();
        return new Api.ProcurementPlanView(unitCode, year, items,
                r == null ? null : new Api.ProcurementTotalsInput(Money.format(r.total()), Money.format(r.goods()),
                        Money.format(r.works()), Money.format(r.services())),
                totals(AssetDerivations.procurementTotals(plan)));
    }

    public static Api.ProcurementTotalsView totals(AssetSnapshot.ProcurementTotals t) {
        return new Api.ProcurementTotalsView(Money.format(t.total()), Money.format(t.goods()), Money.format(t.works()),
                Money.format(t.services()), Money.format(t.smeSetAside()), Money.wan(t.total()), Money.wan(t.goods()),
                Money.wan(t.works()), Money.wan(t.services()));
    }

    public static Api.PurchasedServicesView purchasedServices(String unitCode, int year, PurchasedServicesCatalogue c) {
        return new Api.PurchasedServicesView(unitCode, year, c.none(), entries(c), c.note());
    }

    private static List<Api.PurchasedServiceEntryInput> entries(PurchasedServicesCatalogue c) {
        return c.entries().stream()
                .map(e -> new Api.PurchasedServiceEntryInput(e.code(), e.name(), e.description())).toList();
    }

    public static Api.SnapshotView snapshot(AssetSnapshot s) {
        Api.VehicleCountsView vehicles = s.vehicles() == null ? null : new Api.VehicleCountsView(
                s.vehicles().source().name(), s.vehicles().allowed(), s.vehicles().actual(),
                s.vehicles().byCategory().stream().map(c -> new Api.CategoryCountView(c.category().name(),
                        c.category().nameZh(), c.allowed(), c.actual())).toList());
        Api.BuildingsView buildings = s.buildings() == null ? null : new Api.BuildingsView(
                Money.format(s.buildings().officeSpace()), floorAreas(s.buildings().otherFloorAreas()));
        Api.EquipmentCountsView equipment = s.equipment() == null ? null : new Api.EquipmentCountsView(
                s.equipment().source().name(), s.equipment().atLeast500k(), s.equipment().atLeast1m());
        Api.ProcurementTotalsView procurement = s.procurement() == null ? null : totals(s.procurement());
        Api.SnapshotPurchasedServicesView services = s.purchasedServices() == null ? null
                : new Api.SnapshotPurchasedServicesView(s.purchasedServices().none(), entries(s.purchasedServices()),
                s.purchasedServices().note());
        return new Api.SnapshotView(s.unitCode(), s.fiscalYear(), s.unitName(), s.asOfDate(), vehicles, buildings,
                equipment, procurement, services);
    }

    public static Api.ValidationReport validation(String unitCode, int year, List<Finding> findings) {
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        int infos = findings.size() - errors - warnings;
        return new Api.ValidationReport(unitCode, year, errors == 0, errors, warnings, infos,
                findings.stream().map(f -> new Api.FindingView(f.ruleId(), f.severity().name(), f.messageZh(),
                        f.messageEn(), f.location())).toList());
    }
}
