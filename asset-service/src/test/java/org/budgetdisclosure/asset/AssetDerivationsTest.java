package org.budgetdisclosure.asset;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssetDerivationsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 5, 14);

    private static AssetStatement statement(List<AssetStatement.VehicleQuota> quota, AssetStatement.ReportedEquipmentCounts eq) {
        return new AssetStatement("单位", AS_OF, quota, new BigDecimal("204.11"), List.of(), eq);
    }

    private static Vehicle vehicle(String id, VehicleCategory c, String acquired, String disposed) {
        return new Vehicle(id, null, c, acquired == null ? null : LocalDate.parse(acquired), null,
                disposed == null ? AssetStatus.IN_USE : AssetStatus.DISPOSED, disposed == null ? null : LocalDate.parse(disposed), null);
    }

    private static Equipment item(String id, String value) {
        return new Equipment(id, "设备", null, null, new BigDecimal(value), AssetStatus.IN_USE, null, null);
    }

    @Test
    void shouldListAllSevenCategoriesInTheDisclosureOrderEvenWhenNoneAreStated() {
        AssetSnapshot.VehicleCounts counts = AssetDerivations.vehicleCounts(statement(List.of(), null), List.of());
        assertThat(counts.byCategory()).extracting(c -> c.category().nameZh()).containsExactly(
                "领导用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "事业单位业务用车", "其他公务用车");
        assertThat(counts.allowed()).isZero();
        assertThat(counts.actual()).isZero();
        assertThat(counts.source()).isEqualTo(AssetSnapshot.CountSource.REGISTER);
    }

    @Test
    void shouldCountOnlyVehiclesHeldOnTheAsOfDate() {
        List<Vehicle> register = List.of(
                vehicle("1", VehicleCategory.LEADERSHIP, "2020-01-01", null),
                vehicle("2", VehicleCategory.LEADERSHIP, "2025-05-14", null),
                vehicle("3", VehicleCategory.LEADERSHIP, "2025-05-15", null),
                vehicle("4", VehicleCategory.LEADERSHIP, "2010-01-01", "2025-05-14"),
                vehicle("5", VehicleCategory.LEADERSHIP, "2010-01-01", "2025-05-15"));
        AssetSnapshot.VehicleCounts counts = AssetDerivations.vehicleCounts(
                statement(List.of(new AssetStatement.VehicleQuota(VehicleCategory.LEADERSHIP, 1, null)), null), register);
        assertThat(counts.byCategory().get(0).actual()).isEqualTo(3);
        assertThat(counts.byCategory().get(0).allowed()).isEqualTo(1);
    }

    @Test
    void shouldUseReportedCountsOnlyWhenTheRegisterIsEmpty() {
        AssetStatement s = statement(List.of(new AssetStatement.VehicleQuota(VehicleCategory.OTHER_OFFICIAL, 2, 1)), null);
        assertThat(AssetDerivations.vehicleCounts(s, List.of()).actual()).isEqualTo(1);
        assertThat(AssetDerivations.vehicleCounts(s, List.of()).source()).isEqualTo(AssetSnapshot.CountSource.REPORTED);
        List<Vehicle> register = List.of(vehicle("1", VehicleCategory.OTHER_OFFICIAL, null, null),
                vehicle("2", VehicleCategory.OTHER_OFFICIAL, null, null));
        assertThat(AssetDerivations.vehicleCounts(s, register).actual()).isEqualTo(2);
    }

    @Test
    void shouldCountEquipmentAtTheThresholdsInclusively() {
        AssetSnapshot.EquipmentCounts counts = AssetDerivations.equipmentCounts(statement(List.of(), null), List.of(
                item("a", "499999.99"), item("b", "500000.00"), item("c", "999999.99"), item("d", "1000000.00")));
        assertThat(counts.atLeast500k()).isEqualTo(3);
        assertThat(counts.atLeast1m()).isEqualTo(1);
    }

    @Test
    void shouldSumProcurementByTypeFromExactAmounts() {
        ProcurementPlan plan = new ProcurementPlan(List.of(
                new ProcurementPlan.Item(ProcurementType.GOODS, "纸张", new BigDecimal("1800.00"), null),
                new ProcurementPlan.Item(ProcurementType.GOODS, "打印机", new BigDecimal("2000.00"), new BigDecimal("2000.00")),
                new ProcurementPlan.Item(ProcurementType.SERVICES, "审计", new BigDecimal("0.01"), null)), null);
        AssetSnapshot.ProcurementTotals t = AssetDerivations.procurementTotals(plan);
        assertThat(t.goods()).isEqualByComparingTo("3800.00");
        assertThat(t.works()).isEqualByComparingTo("0.00");
        assertThat(t.services()).isEqualByComparingTo("0.01");
        assertThat(t.total()).isEqualByComparingTo("3800.01");
        assertThat(t.smeSetAside()).isEqualByComparingTo("2000.00");
    }

    @Test
    void shouldTakeReportedTotalsWhenAPlanHasNoItems() {
        ProcurementPlan plan = new ProcurementPlan(List.of(), new ProcurementPlan.ReportedTotals(
                new BigDecimal("3800.00"), new BigDecimal("3800.00"), Money.zero(), Money.zero()));
        assertThat(AssetDerivations.procurementTotals(plan).total()).isEqualByComparingTo("3800.00");
    }
}
