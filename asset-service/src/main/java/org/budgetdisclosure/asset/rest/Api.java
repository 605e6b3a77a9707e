package org.budgetdisclosure.asset.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the API: requests (…Input) and responses (…View). Money and areas are decimal
 * strings with two decimals; enumerations upper-case with the Chinese label beside them.
 */
public final class Api {

    private Api() {
    }

    // ---- vehicles -------------------------------------------------------------------------

    @Schema(description = "A registered 公务用车. vehicleId is taken from the path on a single PUT.")
    public record VehicleInput(
            @Schema(description = "Register id; required in a whole-register PUT", maxLength = 64, pattern = "^[A-Za-z0-9._-]{1,64}$") String vehicleId,
            @Schema(description = "车牌号, unique per unit; null for an unplated vehicle", examples = "晋D·A1234", maxLength = 32) String plateNumber,
            @Schema(required = true, enumeration = {"LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT",
                    "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "INSTITUTION_BUSINESS", "OTHER_OFFICIAL"}) String category,
            @Schema(description = "Not in the future") LocalDate acquisitionDate,
            @Schema(description = "原值 in yuan, two decimals", examples = "185000.00", maxLength = 32) String originalValue,
            @Schema(enumeration = {"IN_USE", "IDLE", "PENDING_DISPOSAL", "DISPOSED"}, defaultValue = "IN_USE") String status,
            @Schema(description = "Required when DISPOSED", nullable = true) LocalDate disposalDate,
            @Schema(nullable = true, maxLength = 2000) String note) {
    }

    public record VehicleRegisterInput(@Schema(required = true, maxItems = 10000) List<VehicleInput> vehicles) {
    }

    public record VehicleView(String vehicleId, String plateNumber, String category, String categoryName,
                              LocalDate acquisitionDate, String originalValue, String status, String statusName,
                              @Schema(nullable = true) LocalDate disposalDate, @Schema(nullable = true) String note) {
    }

    // ---- equipment ------------------------------------------------------------------------

    @Schema(description = "One item (台/套) of general equipment (通用设备)")
    public record EquipmentInput(
            @Schema(description = "Register id; required in a whole-register PUT", maxLength = 64, pattern = "^[A-Za-z0-9._-]{1,64}$") String equipmentId,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(description = "GB/T 14885 固定资产分类与代码 where known", examples = "A02010104", maxLength = 32) String classificationCode,
            LocalDate acquisitionDate,
            @Schema(required = true, description = "原值 in yuan", examples = "620000.00", maxLength = 32) String originalValue,
            @Schema(enumeration = {"IN_USE", "IDLE", "PENDING_DISPOSAL", "DISPOSED"}, defaultValue = "IN_USE") String status,
            LocalDate disposalDate,
            @Schema(maxLength = 2000) String note) {
    }

    public record EquipmentRegisterInput(@Schema(required = true, maxItems = 10000) List<EquipmentInput> equipment) {
    }

    public record EquipmentView(String equipmentId, String name, String classificationCode, LocalDate acquisitionDate,
                                String originalValue, String status, String statusName,
                                @Schema(nullable = true) LocalDate disposalDate, @Schema(nullable = true) String note) {
    }

    // ---- statement ------------------------------------------------------------------------

    public record VehicleQuotaInput(@Schema(required = true, enumeration = {"LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT",
            "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "INSTITUTION_BUSINESS", "OTHER_OFFICIAL"}) String category,
                                    @Schema(required = true, description = "编制", format = "int32", minimum = "0", maximum = "1000000") Integer allowed,
                                    @Schema(description = "实有, only for units that report counts without a register", nullable = true, format = "int32", minimum = "0", maximum = "1000000") Integer reportedActual) {
    }

    public record FloorAreaInput(@Schema(required = true, examples = "业务用房", maxLength = 200) String name,
                                 @Schema(required = true, description = "m², two decimals", maxLength = 32) String area) {
    }

    public record EquipmentCountsInput(@Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") Integer atLeast500k,
                                       @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") Integer atLeast1m) {
    }

    @Schema(description = "What the unit states for the year, as of a date (截至…)")
    public record StatementInput(@Schema(maxLength = 200) String unitName,
                                 @Schema(required = true, examples = "2025-05-14") LocalDate asOfDate,
                                 @Schema(description = "编制 per category; missing categories count 0", maxItems = 7) List<VehicleQuotaInput> vehicleQuota,
                                 @Schema(description = "办公用房建筑总面积 in m²", examples = "204.11", maxLength = 32) String officeSpace,
                                 @Schema(maxItems = 100) List<FloorAreaInput> otherFloorAreas,
                                 @Schema(description = "Counts only, for units without an equipment register", nullable = true) EquipmentCountsInput reportedEquipmentCounts) {
    }

    public record VehicleQuotaView(String category, String categoryName, int allowed,
                                   @Schema(nullable = true) Integer reportedActual) {
    }

    public record FloorAreaView(String name, String area) {
    }

    public record EquipmentCountsView(String source, int atLeast500k, int atLeast1m) {
    }

    public record StatementView(String unitCode, int fiscalYear, String unitName, LocalDate asOfDate,
                                List<VehicleQuotaView> vehicleQuota, String officeSpace,
                                List<FloorAreaView> otherFloorAreas,
                                @Schema(nullable = true) EquipmentCountsInput reportedEquipmentCounts) {
    }

    // ---- procurement ----------------------------------------------------------------------

    public record ProcurementItemInput(@Schema(required = true, enumeration = {"GOODS", "WORKS", "SERVICES"}) String type,
                                       @Schema(required = true, maxLength = 500) String description,
                                       @Schema(required = true, examples = "3800.00", maxLength = 32) String amount,
                                       @Schema(description = "面向中小企业预留, at most the amount", nullable = true, maxLength = 32) String smeSetAside) {
    }

    public record ProcurementTotalsInput(@Schema(required = true, maxLength = 32) String total, @Schema(required = true, maxLength = 32) String goods,
                                         @Schema(required = true, maxLength = 32) String works, @Schema(required = true, maxLength = 32) String services) {
    }

    @Schema(description = "A whole year's 政府采购预算")
    public record ProcurementPlanInput(@Schema(required = true, maxItems = 1000) List<ProcurementItemInput> items,
                                       @Schema(description = "Totals as the unit reported them; checked, optional") ProcurementTotalsInput reportedTotals) {
    }

    public record ProcurementItemView(int position, String type, String typeName, String description, String amount,
                                      @Schema(nullable = true) String smeSetAside) {
    }

    public record ProcurementTotalsView(String total, String goods, String works, String services, String smeSetAside,
                                        @Schema(description = "万元, two decimals, half-up") String totalWan,
                                        String goodsWan, String worksWan, String servicesWan) {
    }

    public record ProcurementPlanView(String unitCode, int fiscalYear, List<ProcurementItemView> items,
                                      ProcurementTotalsInput reportedTotals, ProcurementTotalsView totals) {
    }

    // ---- purchased services ---------------------------------------------------------------

    public record PurchasedServiceEntryInput(@Schema(maxLength = 32) String code, @Schema(required = true, maxLength = 300) String name,
                                            @Schema(maxLength = 2000) String description) {
    }

    @Schema(description = "政府购买服务指导性目录: entries, or none = true")
    public record PurchasedServicesInput(@Schema(required = true) Boolean none, @Schema(maxItems = 500) List<PurchasedServiceEntryInput> entries,
                                         @Schema(examples = "本单位不涉及政府购买服务事项。", maxLength = 2000) String note) {
    }

    public record PurchasedServicesView(String unitCode, int fiscalYear, boolean none,
                                        List<PurchasedServiceEntryInput> entries, String note) {
    }

    // ---- snapshot ---------------------------------------------------------------------------

    public record CategoryCountView(String category, String categoryName, int allowed, int actual) {
    }

    public record VehicleCountsView(@Schema(enumeration = {"REGISTER", "REPORTED"}) String source,
                                    @Schema(description = "编制") int allowed, @Schema(description = "实有") int actual,
                                    @Schema(description = "In the disclosure's order") List<CategoryCountView> byCategory) {
    }

    public record BuildingsView(String officeSpace, List<FloorAreaView> otherFloorAreas) {
    }

    public record SnapshotPurchasedServicesView(boolean none, List<PurchasedServiceEntryInput> entries, String note) {
    }

    @Schema(description = "Everything the disclosure states about the unit's assets, procurement and purchased services")
    public record SnapshotView(String unitCode, int fiscalYear, String unitName, LocalDate asOfDate,
                               VehicleCountsView vehicles, BuildingsView buildings, EquipmentCountsView equipment,
                               ProcurementTotalsView procurement, SnapshotPurchasedServicesView purchasedServices) {
    }

    // ---- validation, lists, grids -----------------------------------------------------------

    public record FindingView(String ruleId, @Schema(enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
                              String messageZh, String messageEn, String location) {
    }

    public record ValidationReport(String unitCode, int fiscalYear,
                                   @Schema(description = "true when no finding has severity ERROR") boolean publishable,
                                   int errors, int warnings, int infos, List<FindingView> findings) {
    }

    public record Page<T>(List<T> items, @Schema(nullable = true) String next) {
    }

    public record GridColumn(String key, String label, @Schema(enumeration = {"text", "amount", "percent"}) String kind,
                             List<GridColumn> children) {
    }

    public record GridRow(@Schema(enumeration = {"item", "subtotal", "total", "heading"}) String kind, String code,
                          String name, int level, List<String> cells) {
    }

    public record Grid(int number, String title, String unitName, String unitLabel, List<GridColumn> columns,
                       List<GridRow> rows, boolean empty, String note) {
    }

    // ---- publication lifecycle (docs/publication.md) ----------------------------------------------

    @Schema(description = "The three grids of the year as GET …/grids/* render them (null where that answers 404)")
    public record PartGrids(@Schema(nullable = true) Grid vehicles, @Schema(nullable = true) Grid assets,
                            @Schema(nullable = true) Grid procurement) {
    }

    @Schema(description = "What a revision of the asset part freezes: each member as its GET renders it, null where that GET answers 404")
    public record PartContent(@Schema(nullable = true) SnapshotView snapshot, PartGrids grids,
                              @Schema(nullable = true) StatementView statement,
                              @Schema(nullable = true) ProcurementPlanView procurement,
                              @Schema(nullable = true) PurchasedServicesView purchasedServices) {
    }

    public record ChangeView(@Schema(description = "JSONPath of the value, e.g. $.snapshot.procurement.total", maxLength = 2048) String path,
                             @Schema(nullable = true, description = "The value in the previous revision (any JSON)") Object before,
                             @Schema(nullable = true, description = "The value in this revision (any JSON)") Object after) {
    }

    public record ChangesView(@Schema(nullable = true, description = "null for revision 1") Integer previousRevision,
                              @Schema(description = "Number of differing paths (all of them, also those left out)") int count,
                              @Schema(description = "true when more than 200 paths differ and items holds the first 200") boolean truncated,
                              @Schema(maxItems = 200) List<ChangeView> items) {
    }

    public record WithdrawalView(java.time.Instant at, @Schema(description = "The withdrawing token's sub") String by,
                                 String reason) {
    }

    @Schema(description = "Revision metadata")
    public record RevisionView(int revision, @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
                               java.time.Instant publishedAt,
                               @Schema(description = "The publishing token's sub") String publishedBy,
                               @Schema(description = "sha256:<hex> over the stored content bytes", examples = "sha256:9f2c…") String contentHash,
                               ChangesView changes, @Schema(nullable = true) WithdrawalView withdrawal) {
    }

    @Schema(description = "Revision metadata and the frozen content, byte for byte as stored")
    public record RevisionContentView(int revision, @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
                                      java.time.Instant publishedAt, String publishedBy, String contentHash,
                                      ChangesView changes, @Schema(nullable = true) WithdrawalView withdrawal,
                                      @com.fasterxml.jackson.annotation.JsonRawValue
                                      @Schema(implementation = PartContent.class) String content) {
    }

    @Schema(description = "The unit-year's revisions, newest first")
    public record RevisionList(String unitCode, int fiscalYear,
                               @Schema(nullable = true, description = "The newest revision number (withdrawn or not); null when none") Integer latest,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               @Schema(description = "Only to callers who may read the draft: the draft's content hash, computed as contentHash would be if it were frozen now")
                               String draftHash,
                               List<RevisionView> items) {
    }

    @Schema(description = "Why a revision is withdrawn")
    public record WithdrawalInput(@Schema(required = true, minLength = 1, maxLength = 2000) String reason) {
    }

    public record AuditEntryView(long id, java.time.Instant at, String actor, String roles,
                                 @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "PUBLISH", "WITHDRAW"}) String action,
                                 String method, String path, @Schema(nullable = true) String unitCode,
                                 @Schema(nullable = true) Integer fiscalYear, String resource,
                                 @Schema(nullable = true) String beforeHash, @Schema(nullable = true) String afterHash,
                                 @Schema(nullable = true) String requestId) {
    }

    public record AuditPage(List<AuditEntryView> items, @Schema(nullable = true, description = "Cursor for after") String next) {
    }
}
