package org.budgetdisclosure.asset;

import org.budgetdisclosure.asset.mapping.AssetGrids;
import org.budgetdisclosure.asset.api.Api;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response limits documented in OpenAPI (OWASP API4) hold at the input limits: the largest values and lists the
 * service can produce from the largest input it accepts stay within them, and the rules that keep them do so.
 */
class ResponseLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999999.99");

    @Test
    void datesOutsideYearsOneTo9999AreRefusedSoThatEveryDateIsTenCharacters() {
        assertThat(WriteRules.datesPlausible("", LocalDate.of(1, 1, 1), AssetStatus.DISPOSED, LocalDate.of(9999, 12, 31), TODAY))
                .isEmpty();
        assertThat(WriteRules.datesPlausible("", LocalDate.of(0, 12, 31), AssetStatus.IN_USE, null, TODAY))
                .extracting(FieldError::field).containsExactly("acquisitionDate");
        assertThat(WriteRules.datesPlausible("vehicles[0].", LocalDate.of(2020, 1, 1), AssetStatus.DISPOSED,
                LocalDate.of(10_000, 1, 1), TODAY))
                .containsExactly(new FieldError("vehicles[0].disposalDate", "must be a date from 0001-01-01 to 9999-12-31"));
        assertThat(LocalDate.of(1, 1, 1).toString()).hasSize(10);
        assertThat(LocalDate.of(9999, 12, 31).toString()).hasSize(10);
    }

    @Test
    void aRegisterHoldsAtMost10000Items() {
        assertThat(WriteRules.registerHasRoom(10_000, "vehicleId", "vehicle")).isEmpty();
        assertThat(WriteRules.registerHasRoom(10_001, "vehicleId", "vehicle"))
                .containsExactly(new FieldError("vehicleId", "the vehicle register already holds 10000 items, the most it may hold"));
    }

    @Test
    void amountsAndTheirSumsFitTheirDocumentedLengths() {
        assertThat(Money.format(LARGEST_AMOUNT)).hasSize(Api.MONEY);
        BigDecimal largestSum = LARGEST_AMOUNT.multiply(BigDecimal.valueOf(1000));
        assertThat(Money.format(largestSum)).hasSize(Api.MONEY_SUM);
        assertThat(Money.wan(largestSum)).hasSizeLessThanOrEqualTo(Api.WAN_SUM);
        assertThat(ContentHash.of("{}")).hasSize(Api.HASH);
    }

    @Test
    void theWorstSubjectAtTheInputLimitsGivesAtMostMaxFindings() {
        List<Vehicle> vehicles = IntStream.range(0, WriteRules.MAX_REGISTER_ITEMS)
                .mapToObj(i -> new Vehicle("V" + i, "晋D00000", VehicleCategory.LEADERSHIP, TODAY.plusDays(1), BigDecimal.ONE,
                        AssetStatus.IN_USE, null, null)).toList();
        List<Equipment> equipment = IntStream.range(0, WriteRules.MAX_REGISTER_ITEMS)
                .mapToObj(i -> new Equipment("E" + i, "设备", null, TODAY.plusDays(1), LARGEST_AMOUNT, AssetStatus.IN_USE,
                        null, null)).toList();
        List<AssetStatement.VehicleQuota> quota = Arrays.stream(VehicleCategory.values())
                .map(c -> new AssetStatement.VehicleQuota(c, 0, 5)).toList();
        AssetStatement statement = new AssetStatement(null, LocalDate.of(2024, 1, 1), quota, null, List.of(),
                new AssetStatement.ReportedEquipmentCounts(7, 7));
        List<ProcurementPlan.Item> items = Collections.nCopies(1000,
                new ProcurementPlan.Item(ProcurementType.GOODS, "x", BigDecimal.ONE, BigDecimal.TEN));
        ProcurementPlan plan = new ProcurementPlan(items, new ProcurementPlan.ReportedTotals(BigDecimal.ONE,
                BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));

        List<Finding> findings = ConsistencyRules.check(
                new ConsistencyRules.Subject(2025, statement, vehicles, equipment, plan, null), TODAY);

        assertThat(findings).hasSizeGreaterThan(50_000).hasSizeLessThanOrEqualTo(ConsistencyRules.MAX_FINDINGS);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).hasSizeLessThanOrEqualTo(64);
            assertThat(f.messageZh()).hasSizeLessThanOrEqualTo(1000);
            assertThat(f.messageEn()).hasSizeLessThanOrEqualTo(1000);
            assertThat(f.location()).hasSizeLessThanOrEqualTo(128);
        });
    }

    @Test
    void findingsBeyondTheMaximumAreCutKeepingTheErrors() {
        List<Finding> many = new ArrayList<>(Collections.nCopies(ConsistencyRules.MAX_FINDINGS,
                new Finding("ACQUIRED_AFTER_AS_OF_DATE", Severity.INFO, "信息", "info", "vehicles.V.acquisitionDate")));
        Finding error = new Finding("DUPLICATE_PLATE", Severity.ERROR, "重复", "duplicate", "vehicles.W.plateNumber");
        many.add(error);

        List<Finding> kept = ConsistencyRules.atMostMaxFindings(many);

        assertThat(kept).hasSize(ConsistencyRules.MAX_FINDINGS);
        assertThat(kept.get(0)).isEqualTo(error);
        List<Finding> few = List.of(many.get(0), error);
        assertThat(ConsistencyRules.atMostMaxFindings(few)).isSameAs(few);
    }

    @Test
    void gridsAtTheInputLimitsStayWithinTheirDocumentedRowsAndCells() {
        List<ProcurementPlan.Item> items = Collections.nCopies(1000, new ProcurementPlan.Item(ProcurementType.SERVICES,
                "服".repeat(500), LARGEST_AMOUNT, LARGEST_AMOUNT));
        Api.Grid procurement = AssetGrids.procurement(2099, "单".repeat(200), new ProcurementPlan(items, null));
        assertThat(procurement.rows()).hasSize(1004);

        List<AssetStatement.FloorArea> areas = Collections.nCopies(100, new AssetStatement.FloorArea("面".repeat(200), LARGEST_AMOUNT));
        Api.Grid assets = AssetGrids.buildingsAndEquipment(2099, null, LocalDate.of(2099, 12, 31),
                new AssetSnapshot.Buildings(LARGEST_AMOUNT, areas),
                new AssetSnapshot.EquipmentCounts(AssetSnapshot.CountSource.REPORTED, 1_000_000, 1_000_000));
        assertThat(assets.rows()).hasSize(105);

        for (Api.Grid grid : List.of(procurement, assets)) {
            assertThat(grid.title()).hasSizeLessThanOrEqualTo(32);
            assertThat(grid.columns()).hasSizeLessThanOrEqualTo(3).allSatisfy(c -> assertThat(c.children()).isEmpty());
            assertThat(grid.note() == null ? "" : grid.note()).hasSizeLessThanOrEqualTo(32);
            assertThat(grid.rows()).allSatisfy(row -> {
                assertThat(row.name()).hasSizeLessThanOrEqualTo(500);
                assertThat(row.level()).isBetween(0, 2);
                assertThat(row.cells()).hasSizeLessThanOrEqualTo(3)
                        .allSatisfy(cell -> assertThat(cell == null ? "" : cell).hasSizeLessThanOrEqualTo(500));
            });
        }
    }
}
