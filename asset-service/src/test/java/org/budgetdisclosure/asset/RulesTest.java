package org.budgetdisclosure.asset;

import org.budgetdisclosure.asset.api.Api;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hard write rules and the consistency rules, each on its own, without a database. */
class RulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Vehicle plated(String id, String plate) {
        return new Vehicle(id, plate, VehicleCategory.OTHER_OFFICIAL, null, null, AssetStatus.IN_USE, null, null);
    }

    @Test
    void shouldAcceptYearsFrom2000To2099Only() {
        assertThat(WriteRules.yearInRange(2000)).isEmpty();
        assertThat(WriteRules.yearInRange(2099)).isEmpty();
        assertThat(WriteRules.yearInRange(1999)).extracting(FieldError::field).containsExactly("year");
        assertThat(WriteRules.yearInRange(2100)).hasSize(1);
    }

    @Test
    void shouldFindDuplicatePlatesIgnoringSpacesAndSeparators() {
        List<Vehicle> register = List.of(plated("A", "晋D·A1234"), plated("B", "晋d a1234"), plated("C", null), plated("D", null));
        List<FieldError> errors = WriteRules.uniquePlates(register, v -> "vehicles." + v.vehicleId() + ".plateNumber");
        assertThat(errors).extracting(FieldError::field).containsExactly("vehicles.B.plateNumber");
        assertThat(errors.get(0).reason()).contains("vehicle A");
    }

    @Test
    void shouldRefuseAcquisitionInTheFutureDisposalBeforeAcquisitionAndDisposedWithoutDate() {
        assertThat(WriteRules.datesPlausible("", TODAY.plusDays(1), AssetStatus.IN_USE, null, TODAY))
                .extracting(FieldError::field).containsExactly("acquisitionDate");
        assertThat(WriteRules.datesPlausible("", TODAY, AssetStatus.DISPOSED, TODAY.minusDays(1), TODAY))
                .extracting(FieldError::field).containsExactly("disposalDate");
        assertThat(WriteRules.datesPlausible("x.", null, AssetStatus.DISPOSED, null, TODAY))
                .extracting(FieldError::field).containsExactly("x.disposalDate");
        assertThat(WriteRules.datesPlausible("", TODAY, AssetStatus.IN_USE, null, TODAY)).isEmpty();
    }

    @Test
    void shouldAcceptAsOfDatesWithinAYearOfTheFiscalYear() {
        assertThat(WriteRules.asOfDateNearYear(LocalDate.of(2024, 12, 31), 2025)).isEmpty();
        assertThat(WriteRules.asOfDateNearYear(LocalDate.of(2026, 1, 31), 2025)).isEmpty();
        assertThat(WriteRules.asOfDateNearYear(LocalDate.of(2023, 12, 31), 2025)).hasSize(1);
    }

    @Test
    void shouldRequireProcurementTotalToEqualGoodsPlusWorksPlusServices() {
        ProcurementPlan bad = new ProcurementPlan(List.of(), new ProcurementPlan.ReportedTotals(
                new BigDecimal("3800.01"), new BigDecimal("3800.00"), Money.zero(), Money.zero()));
        assertThat(WriteRules.procurementTotalsConsistent(bad)).extracting(FieldError::field)
                .containsExactly("reportedTotals.total");
        ProcurementPlan itemsDisagree = new ProcurementPlan(
                List.of(new ProcurementPlan.Item(ProcurementType.WORKS, "修缮", new BigDecimal("3800.00"), null)),
                new ProcurementPlan.ReportedTotals(new BigDecimal("3800.00"), new BigDecimal("3800.00"), Money.zero(), Money.zero()));
        assertThat(WriteRules.procurementTotalsConsistent(itemsDisagree)).extracting(FieldError::field)
                .containsExactly("reportedTotals.goods", "reportedTotals.works");
    }

    @Test
    void shouldKeepSetAsidesWithinItemAmounts() {
        assertThat(WriteRules.setAsidesWithinAmounts(List.of(
                new ProcurementPlan.Item(ProcurementType.GOODS, "a", new BigDecimal("10.00"), new BigDecimal("10.00")),
                new ProcurementPlan.Item(ProcurementType.GOODS, "b", new BigDecimal("10.00"), new BigDecimal("10.01")))))
                .extracting(FieldError::field).containsExactly("items[1].smeSetAside");
    }

    @Test
    void shouldRefuseMoreItemsOverAMillionThanOverHalfAMillion() {
        assertThat(WriteRules.equipmentCountsNested(new AssetStatement.ReportedEquipmentCounts(1, 2))).hasSize(1);
        assertThat(WriteRules.equipmentCountsNested(new AssetStatement.ReportedEquipmentCounts(2, 2))).isEmpty();
    }

    @Test
    void shouldRequireNoneOrEntriesButNotBoth() {
        var entry = new PurchasedServicesCatalogue.Entry("B01", "服务", null);
        assertThat(WriteRules.catalogueNoneOrEntries(new PurchasedServicesCatalogue(true, List.of(), null))).isEmpty();
        assertThat(WriteRules.catalogueNoneOrEntries(new PurchasedServicesCatalogue(true, List.of(entry), null))).hasSize(1);
        assertThat(WriteRules.catalogueNoneOrEntries(new PurchasedServicesCatalogue(false, List.of(), null))).hasSize(1);
    }

    @Test
    void shouldReportVehiclesOverQuotaAsAnErrorPerCategoryAndInTotal() {
        AssetStatement s = new AssetStatement(null, LocalDate.of(2025, 5, 14),
                List.of(new AssetStatement.VehicleQuota(VehicleCategory.OTHER_OFFICIAL, 1, null)), new BigDecimal("1.00"), List.of(), null);
        List<Finding> findings = ConsistencyRules.vehiclesWithinQuota(s, List.of(plated("A", "1"), plated("B", "2")));
        assertThat(findings).extracting(Finding::ruleId).containsOnly(ConsistencyRules.VEHICLES_OVER_QUOTA);
        assertThat(findings).extracting(Finding::location).containsExactly("vehicles.byCategory.OTHER_OFFICIAL", "vehicles.actual");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("超过编制");
            assertThat(f.messageEn()).contains("allowed");
        });
    }

    @Test
    void shouldWarnWhenTheAsOfDateIsOutsideTheFiscalYear() {
        AssetStatement s = new AssetStatement(null, LocalDate.of(2024, 12, 31), List.of(), new BigDecimal("1.00"), List.of(), null);
        assertThat(ConsistencyRules.asOfDateInFiscalYear(s, 2025)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(ConsistencyRules.asOfDateInFiscalYear(s, 2024)).isEmpty();
    }

    @Test
    void shouldFindNothingForTheSeedFigures() {
        AssetStatement s = new AssetStatement("长治市上党区中小企业服务中心", LocalDate.of(2025, 5, 14), List.of(),
                new BigDecimal("204.11"), List.of(), null);
        ProcurementPlan plan = new ProcurementPlan(
                List.of(new ProcurementPlan.Item(ProcurementType.GOODS, "货物", new BigDecimal("3800.00"), null)), null);
        var subject = new ConsistencyRules.Subject(2025, s, List.of(), List.of(), plan,
                new PurchasedServicesCatalogue(true, List.of(), null));
        assertThat(ConsistencyRules.check(subject, TODAY)).isEmpty();
    }

    @Test
    void shouldRequireEachPartOfTheDisclosure() {
        var subject = new ConsistencyRules.Subject(2025, null, List.of(), List.of(), null, null);
        assertThat(ConsistencyRules.check(subject, TODAY)).extracting(Finding::ruleId).containsExactly(
                ConsistencyRules.STATEMENT_MISSING, ConsistencyRules.PROCUREMENT_MISSING, ConsistencyRules.PURCHASED_SERVICES_MISSING);
    }

    // ---- documented limits (OpenAPI maxItems / maximum), kept by the parser -----------------------

    private static org.budgetdisclosure.asset.api.Api.ProcurementItemInput goods() {
        return new org.budgetdisclosure.asset.api.Api.ProcurementItemInput("GOODS", "电脑", "1.00", null);
    }

    @Test
    void bodiesBeyondTheirDocumentedLimitsAreRefused() {
        var items = java.util.Collections.nCopies(org.budgetdisclosure.asset.mapping.RequestParser.MAX_PROCUREMENT_ITEMS + 1, goods());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.budgetdisclosure.asset.mapping.RequestParser.procurement(
                        new org.budgetdisclosure.asset.api.Api.ProcurementPlanInput(items, null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .isEqualTo(List.of(new FieldError("items", "must have at most 1000 items")));
        assertThat(org.budgetdisclosure.asset.mapping.RequestParser.procurement(new org.budgetdisclosure.asset.api.Api.ProcurementPlanInput(
                java.util.Collections.nCopies(1000, goods()), null)).items()).hasSize(1000);
        var vehicle = new org.budgetdisclosure.asset.api.Api.VehicleInput(null, null, "LEADERSHIP", null, null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.budgetdisclosure.asset.mapping.RequestParser.vehicleRegister(
                        new org.budgetdisclosure.asset.api.Api.VehicleRegisterInput(java.util.Collections.nCopies(10_001, vehicle)), LocalDate.of(2025, 6, 1)))
                .isInstanceOf(InvalidInputException.class);
        var quota = new org.budgetdisclosure.asset.api.Api.VehicleQuotaInput("LEADERSHIP", 1_000_001, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.budgetdisclosure.asset.mapping.RequestParser.statement(2025,
                        new org.budgetdisclosure.asset.api.Api.StatementInput(null, LocalDate.of(2025, 5, 14), List.of(quota), null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .isEqualTo(List.of(new FieldError("vehicleQuota[0].allowed", "must be at most 1000000")));
        var entry = new org.budgetdisclosure.asset.api.Api.PurchasedServiceEntryInput(null, "服务", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.budgetdisclosure.asset.mapping.RequestParser.purchasedServices(
                        new org.budgetdisclosure.asset.api.Api.PurchasedServicesInput(false, java.util.Collections.nCopies(501, entry), null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
