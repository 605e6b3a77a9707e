package org.budgetdisclosure.asset.api;

import org.budgetdisclosure.asset.ConsistencyRules;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the API: requests (…Input) and responses (…View). Money and areas are decimal
 * strings with two decimals; enumerations upper-case with the Chinese label beside them.
 */
public final class Api {

    /*
     * Response limits (OWASP API4) are what the input limits guarantee, never hoped-for values:
     * - unitCode ≤ 32 (path pattern), fiscalYear 2000–2099 (Keys), register ids ≤ 64, texts as their inputs;
     * - one amount or area: ≤ 16 integer digits + "." + 2 decimals = 19 characters (Money.parse);
     *   a sum of ≤ 1000 procurement items < 10^19: ≤ 22 characters, in 万元 (÷ 10^4, half-up) ≤ 19;
     * - counts: reported 0–1000000 each (RequestParser.MAX_COUNT), from a register ≤ 10000 items
     *   (WriteRules.registerHasRoom; creates racing each other at that cap can pass it only by the number of
     *   concurrent writers, far below 1000000); totals over the 7 categories ≤ 7000000;
     * - dates yyyy-MM-dd, years 0001–9999 (WriteRules.dateWritable); instants from the server clock (LocalDate
     *   and Instant schemas: application.properties);
     * - token subjects are stored cut to 255 characters (Auditor.actor), like roles.
     */
    public static final String COUNT_MAX = "1000000";
    public static final String TOTAL_COUNT_MAX = "7000000";
    public static final String YEAR_MIN = "2000";
    public static final String YEAR_MAX = "2099";
    public static final String REVISION_MAX = "999999";
    public static final int MONEY = 19;
    public static final int MONEY_SUM = 22;
    public static final int WAN_SUM = 19;
    public static final int HASH = 71;

    private Api() {
    }

    // ---- vehicles -------------------------------------------------------------------------

    @Schema(description = "A registered 公务用车. vehicleId is taken from the path on a single PUT.")
    public record VehicleInput(
            @Schema(description = "Register id; required in a whole-register PUT", maxLength = 64, pattern = "^[A-Za-z0-9._-]{1,64}$") String vehicleId,
            @Schema(description = "车牌号, unique per unit; null for an unplated vehicle", examples = "晋D·A1234", maxLength = 32) String plateNumber,
            @Schema(required = true, enumeration = {"LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT",
                    "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "INSTITUTION_BUSINESS", "OTHER_OFFICIAL"}) String category,
            @Schema(description = "Not in the future", maxLength = 10) LocalDate acquisitionDate,
            @Schema(description = "原值 in yuan, two decimals", examples = "185000.00", maxLength = 32) String originalValue,
            @Schema(enumeration = {"IN_USE", "IDLE", "PENDING_DISPOSAL", "DISPOSED"}, defaultValue = "IN_USE") String status,
            @Schema(description = "Required when DISPOSED", nullable = true, maxLength = 10) LocalDate disposalDate,
            @Schema(nullable = true, maxLength = 2000) String note) {
    }

    public record VehicleRegisterInput(@Schema(required = true, maxItems = 10000) List<VehicleInput> vehicles) {
    }

    public record VehicleView(@Schema(maxLength = 64) String vehicleId, @Schema(nullable = true, maxLength = 32) String plateNumber,
                              @Schema(enumeration = {"LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT",
                    "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "INSTITUTION_BUSINESS", "OTHER_OFFICIAL"}) String category,
                              @Schema(maxLength = 16) String categoryName,
                              @Schema(nullable = true, maxLength = 10) LocalDate acquisitionDate, @Schema(maxLength = MONEY) String originalValue,
                              @Schema(enumeration = {"IN_USE", "IDLE", "PENDING_DISPOSAL", "DISPOSED"}) String status,
                              @Schema(maxLength = 16) String statusName,
                              @Schema(nullable = true, maxLength = 10) LocalDate disposalDate,
                              @Schema(nullable = true, maxLength = 2000) String note) {
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

    public record EquipmentView(@Schema(maxLength = 64) String equipmentId, @Schema(maxLength = 200) String name,
                                @Schema(nullable = true, maxLength = 32) String classificationCode,
                                @Schema(nullable = true, maxLength = 10) LocalDate acquisitionDate, @Schema(maxLength = MONEY) String originalValue,
                                @Schema(enumeration = {"IN_USE", "IDLE", "PENDING_DISPOSAL", "DISPOSED"}) String status,
                                @Schema(maxLength = 16) String statusName,
                                @Schema(nullable = true, maxLength = 10) LocalDate disposalDate,
                                @Schema(nullable = true, maxLength = 2000) String note) {
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
                                 @Schema(required = true, examples = "2025-05-14", maxLength = 10) LocalDate asOfDate,
                                 @Schema(description = "编制 per category; missing categories count 0", maxItems = 7) List<VehicleQuotaInput> vehicleQuota,
                                 @Schema(description = "办公用房建筑总面积 in m²", examples = "204.11", maxLength = 32) String officeSpace,
                                 @Schema(maxItems = 100) List<FloorAreaInput> otherFloorAreas,
                                 @Schema(description = "Counts only, for units without an equipment register", nullable = true) EquipmentCountsInput reportedEquipmentCounts) {
    }

    public record VehicleQuotaView(@Schema(enumeration = {"LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT",
                    "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "INSTITUTION_BUSINESS", "OTHER_OFFICIAL"}) String category,
                                   @Schema(maxLength = 16) String categoryName,
                                   @Schema(format = "int32", minimum = "0", maximum = COUNT_MAX) int allowed,
                                   @Schema(nullable = true, format = "int32", minimum = "0", maximum = COUNT_MAX) Integer reportedActual) {
    }

    public record FloorAreaView(@Schema(maxLength = 200) String name, @Schema(maxLength = MONEY) String area) {
    }

    /** A register holds at most 10000 items, a reported count is at most 1000000. */
    public record EquipmentCountsView(@Schema(enumeration = {"REGISTER", "REPORTED"}) String source,
                                      @Schema(format = "int32", minimum = "0", maximum = COUNT_MAX) int atLeast500k,
                                      @Schema(format = "int32", minimum = "0", maximum = COUNT_MAX) int atLeast1m) {
    }

    public record StatementView(@Schema(maxLength = 32) String unitCode,
                                @Schema(format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) int fiscalYear,
                                @Schema(nullable = true, maxLength = 200) String unitName, LocalDate asOfDate,
                                @Schema(maxItems = 7) List<VehicleQuotaView> vehicleQuota,
                                @Schema(nullable = true, maxLength = MONEY) String officeSpace,
                                @Schema(maxItems = 100) List<FloorAreaView> otherFloorAreas,
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

    public record ProcurementItemView(@Schema(format = "int32", minimum = "1", maximum = "1000") int position,
                                      @Schema(enumeration = {"GOODS", "WORKS", "SERVICES"}) String type,
                                      @Schema(enumeration = {"货物", "工程", "服务"}) String typeName,
                                      @Schema(maxLength = 500) String description, @Schema(maxLength = MONEY) String amount,
                                      @Schema(nullable = true, maxLength = MONEY) String smeSetAside) {
    }

    /** Sums of at most 1000 items (yuan) and their 万元 display. */
    public record ProcurementTotalsView(@Schema(maxLength = MONEY_SUM) String total, @Schema(maxLength = MONEY_SUM) String goods,
                                        @Schema(maxLength = MONEY_SUM) String works, @Schema(maxLength = MONEY_SUM) String services,
                                        @Schema(maxLength = MONEY_SUM) String smeSetAside,
                                        @Schema(description = "万元, two decimals, half-up", maxLength = WAN_SUM) String totalWan,
                                        @Schema(maxLength = WAN_SUM) String goodsWan, @Schema(maxLength = WAN_SUM) String worksWan,
                                        @Schema(maxLength = WAN_SUM) String servicesWan) {
    }

    public record ProcurementPlanView(@Schema(maxLength = 32) String unitCode,
                                      @Schema(format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) int fiscalYear,
                                      @Schema(maxItems = 1000) List<ProcurementItemView> items,
                                      @Schema(nullable = true) ProcurementTotalsInput reportedTotals, ProcurementTotalsView totals) {
    }

    // ---- purchased services ---------------------------------------------------------------

    public record PurchasedServiceEntryInput(@Schema(maxLength = 32) String code, @Schema(required = true, maxLength = 300) String name,
                                            @Schema(maxLength = 2000) String description) {
    }

    @Schema(description = "政府购买服务指导性目录: entries, or none = true")
    public record PurchasedServicesInput(@Schema(required = true) Boolean none, @Schema(maxItems = 500) List<PurchasedServiceEntryInput> entries,
                                         @Schema(examples = "本单位不涉及政府购买服务事项。", maxLength = 2000) String note) {
    }

    public record PurchasedServicesView(@Schema(maxLength = 32) String unitCode,
                                        @Schema(format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) int fiscalYear, boolean none,
                                        @Schema(maxItems = 500) List<PurchasedServiceEntryInput> entries,
                                        @Schema(nullable = true, maxLength = 2000) String note) {
    }

    // ---- snapshot ---------------------------------------------------------------------------

    public record CategoryCountView(@Schema(enumeration = {"LEADERSHIP", "CONFIDENTIAL_COMMUNICATION", "EMERGENCY_SUPPORT",
                    "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "INSTITUTION_BUSINESS", "OTHER_OFFICIAL"}) String category,
                                    @Schema(maxLength = 16) String categoryName,
                                    @Schema(format = "int32", minimum = "0", maximum = COUNT_MAX) int allowed,
                                    @Schema(format = "int32", minimum = "0", maximum = COUNT_MAX) int actual) {
    }

    public record VehicleCountsView(@Schema(enumeration = {"REGISTER", "REPORTED"}) String source,
                                    @Schema(description = "编制", format = "int32", minimum = "0", maximum = TOTAL_COUNT_MAX) int allowed,
                                    @Schema(description = "实有", format = "int32", minimum = "0", maximum = TOTAL_COUNT_MAX) int actual,
                                    @Schema(description = "In the disclosure's order", maxItems = 7) List<CategoryCountView> byCategory) {
    }

    public record BuildingsView(@Schema(nullable = true, maxLength = MONEY) String officeSpace,
                                @Schema(maxItems = 100) List<FloorAreaView> otherFloorAreas) {
    }

    public record SnapshotPurchasedServicesView(boolean none, @Schema(maxItems = 500) List<PurchasedServiceEntryInput> entries,
                                                @Schema(nullable = true, maxLength = 2000) String note) {
    }

    @Schema(description = "Everything the disclosure states about the unit's assets, procurement and purchased services")
    public record SnapshotView(@Schema(maxLength = 32) String unitCode,
                               @Schema(format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) int fiscalYear,
                               @Schema(nullable = true, maxLength = 200) String unitName, LocalDate asOfDate,
                               VehicleCountsView vehicles, BuildingsView buildings, EquipmentCountsView equipment,
                               ProcurementTotalsView procurement, SnapshotPurchasedServicesView purchasedServices) {
    }

    // ---- validation, lists, grids -----------------------------------------------------------

    /** Messages compose fixed texts with ids (≤ 64), plates (≤ 32), dates, counts and amounts: far below 1000. */
    public record FindingView(@Schema(maxLength = 64) String ruleId,
                              @Schema(enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
                              @Schema(maxLength = 1000) String messageZh, @Schema(maxLength = 1000) String messageEn,
                              @Schema(description = "e.g. vehicles.V-001.acquisitionDate", maxLength = 128) String location) {
    }

    public record ValidationReport(@Schema(maxLength = 32) String unitCode,
                                   @Schema(format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) int fiscalYear,
                                   @Schema(description = "true when no finding has severity ERROR") boolean publishable,
                                   @Schema(format = "int32", minimum = "0", maximum = "" + ConsistencyRules.MAX_FINDINGS) int errors,
                                   @Schema(format = "int32", minimum = "0", maximum = "" + ConsistencyRules.MAX_FINDINGS) int warnings,
                                   @Schema(format = "int32", minimum = "0", maximum = "" + ConsistencyRules.MAX_FINDINGS) int infos,
                                   @Schema(maxItems = ConsistencyRules.MAX_FINDINGS) List<FindingView> findings) {
    }

    /** A register page: at most limit ≤ 200 items; next encodes a register id (Keys.cursor, ≤ 88 characters). */
    public record Page<T>(@Schema(maxItems = 200) List<T> items, @Schema(nullable = true, maxLength = 128) String next) {
    }

    /** The columns of this service's grids are flat: children is always empty. */
    public record GridColumn(@Schema(maxLength = 32) String key, @Schema(maxLength = 32) String label,
                             @Schema(enumeration = {"text", "amount", "percent"}) String kind,
                             @Schema(maxItems = 0) List<GridColumn> children) {
    }

    /**
     * Names and cells are at most a procurement item's description (500); the cells of a row are the grid's three
     * columns.
     */
    public record GridRow(@Schema(enumeration = {"item", "subtotal", "total", "heading"}) String kind,
                          @Schema(nullable = true, maxLength = 32) String code,
                          @Schema(maxLength = 500) String name,
                          @Schema(format = "int32", minimum = "0", maximum = "2") int level,
                          @Schema(type = SchemaType.ARRAY, implementation = GridCell.class, maxItems = 3) List<String> cells) {
    }

    /** The schema of one grid cell (a JSON string or null), for GridRow.cells' items. */
    @Schema(name = "GridCell", type = SchemaType.STRING, nullable = true, maxLength = 500)
    public static final class GridCell {
        private GridCell() {
        }
    }

    /**
     * Rows: vehicles 1 + 7; assets 2 headings + office space + ≤ 100 other floor areas + 2 equipment rows = 105;
     * procurement 1 + 3 subtotals + ≤ 1000 items = 1004.
     */
    public record Grid(@Schema(format = "int32", minimum = "1", maximum = "3") int number,
                       @Schema(examples = "2025年公务用车情况表", maxLength = 32) String title,
                       @Schema(nullable = true, maxLength = 200) String unitName,
                       @Schema(nullable = true, maxLength = 8) String unitLabel,
                       @Schema(maxItems = 3) List<GridColumn> columns,
                       @Schema(maxItems = 1004) List<GridRow> rows, boolean empty,
                       @Schema(nullable = true, examples = "截至2025年5月14日", maxLength = 32) String note) {
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

    public record ChangesView(@Schema(nullable = true, description = "null for revision 1", format = "int32", minimum = "1", maximum = REVISION_MAX) Integer previousRevision,
                              // A content has fewer than 18000 leaves at its input limits (1000 procurement items
                              // in the plan and its grid, 500 catalogue entries twice, 100 floor areas thrice …);
                              // the paths of two contents differ in at most the union of theirs.
                              @Schema(description = "Number of differing paths (all of them, also those left out)", format = "int32", minimum = "0", maximum = "100000") int count,
                              @Schema(description = "true when more than 200 paths differ and items holds the first 200") boolean truncated,
                              @Schema(maxItems = 200) List<ChangeView> items) {
    }

    public record WithdrawalView(java.time.Instant at,
                                 @Schema(description = "The withdrawing token's sub (cut to 255 characters)", maxLength = 255) String by,
                                 @Schema(maxLength = 2000) String reason) {
    }

    @Schema(description = "Revision metadata")
    public record RevisionView(@Schema(format = "int32", minimum = "1", maximum = REVISION_MAX) int revision,
                               @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
                               java.time.Instant publishedAt,
                               @Schema(description = "The publishing token's sub (cut to 255 characters)", maxLength = 255) String publishedBy,
                               @Schema(description = "sha256:<hex> over the stored content bytes", examples = "sha256:9f2c…", maxLength = HASH) String contentHash,
                               ChangesView changes, @Schema(nullable = true) WithdrawalView withdrawal) {
    }

    @Schema(description = "Revision metadata and the frozen content, byte for byte as stored")
    public record RevisionContentView(@Schema(format = "int32", minimum = "1", maximum = REVISION_MAX) int revision,
                                      @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
                                      java.time.Instant publishedAt, @Schema(maxLength = 255) String publishedBy,
                                      @Schema(maxLength = HASH) String contentHash,
                                      ChangesView changes, @Schema(nullable = true) WithdrawalView withdrawal,
                                      @com.fasterxml.jackson.annotation.JsonRawValue
                                      @Schema(implementation = PartContent.class) String content) {
    }

    @Schema(description = "The unit-year's revisions, newest first")
    public record RevisionList(@Schema(maxLength = 32) String unitCode,
                               @Schema(format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) int fiscalYear,
                               @Schema(nullable = true, description = "The newest revision number (withdrawn or not); null when none", format = "int32", minimum = "1", maximum = REVISION_MAX) Integer latest,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               @Schema(description = "Only to callers who may read the draft: the draft's content hash, computed as contentHash would be if it were frozen now", maxLength = HASH)
                               String draftHash,
                               @Schema(description = "Revision numbers are 1–999999, one item each", maxItems = 999999) List<RevisionView> items) {
    }

    @Schema(description = "Why a revision is withdrawn")
    public record WithdrawalInput(@Schema(required = true, minLength = 1, maxLength = 2000) String reason) {
    }

    /** Bounded by the audit_log columns (V3) and what Auditor writes into them (it cuts sub, roles, path). */
    public record AuditEntryView(@Schema(format = "int64", minimum = "1", maximum = "9223372036854775807") long id,
                                 java.time.Instant at,
                                 @Schema(description = "The token's sub (cut to 255 characters)", maxLength = 255) String actor,
                                 @Schema(description = "The token's roles, comma-separated (cut to 255 characters)", maxLength = 255) String roles,
                                 @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "PUBLISH", "WITHDRAW"}) String action,
                                 @Schema(enumeration = {"PUT", "POST", "DELETE", "-"}) String method,
                                 @Schema(maxLength = 2048) String path, @Schema(nullable = true, maxLength = 32) String unitCode,
                                 @Schema(nullable = true, format = "int32", minimum = YEAR_MIN, maximum = YEAR_MAX) Integer fiscalYear,
                                 @Schema(examples = "vehicle V-001", maxLength = 255) String resource,
                                 @Schema(nullable = true, maxLength = HASH) String beforeHash,
                                 @Schema(nullable = true, maxLength = HASH) String afterHash,
                                 @Schema(nullable = true, maxLength = 128) String requestId) {
    }

    /** A page holds at most limit ≤ 200 entries; next is an audit id in decimal. */
    public record AuditPage(@Schema(maxItems = 200) List<AuditEntryView> items,
                            @Schema(nullable = true, description = "Cursor for after", maxLength = 128) String next) {
    }
}
