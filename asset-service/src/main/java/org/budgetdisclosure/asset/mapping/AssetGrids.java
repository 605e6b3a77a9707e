package org.budgetdisclosure.asset.mapping;

import org.budgetdisclosure.asset.AssetSnapshot;
import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.Money;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.ProcurementType;
import org.budgetdisclosure.asset.api.Api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The asset sections drawn as grids (the common grid shape). Numbers are local to this service:
 * 1 vehicles (section 十一.1), 2 office space and equipment (十一.2–3), 3 procurement (section 九).
 * Counts (辆, 台（套）) and areas are printed as text cells: the grid kinds are text|amount|percent
 * and "amount" means 万元 from yuan.
 */
public final class AssetGrids {

    public static final String EMPTY_NOTE = "注：本表无数据";

    private AssetGrids() {
    }

    public static Api.Grid vehicles(int year, String unitName, LocalDate asOf, AssetSnapshot.VehicleCounts counts) {
        List<Api.GridColumn> columns = List.of(
                column("category", "车辆类别", "text"),
                column("allowed", "编制数", "text"),
                column("actual", "实有数", "text"));
        List<Api.GridRow> rows = new ArrayList<>();
        rows.add(new Api.GridRow("total", null, "合计", 0,
                cells("合计", Integer.toString(counts.allowed()), Integer.toString(counts.actual()))));
        for (AssetSnapshot.CategoryCount c : counts.byCategory()) {
            rows.add(new Api.GridRow("item", c.category().name(), c.category().nameZh(), 1,
                    cells(c.category().nameZh(), Integer.toString(c.allowed()), Integer.toString(c.actual()))));
        }
        return new Api.Grid(1, year + "年公务用车情况表", unitName, "辆", columns, rows, false, asOfNote(asOf));
    }

    public static Api.Grid buildingsAndEquipment(int year, String unitName, LocalDate asOf,
                                                 AssetSnapshot.Buildings buildings, AssetSnapshot.EquipmentCounts equipment) {
        List<Api.GridColumn> columns = List.of(
                column("item", "项目", "text"),
                column("unit", "计量单位", "text"),
                column("quantity", "数量", "text"));
        List<Api.GridRow> rows = new ArrayList<>();
        rows.add(new Api.GridRow("heading", null, "房屋", 0, cells("房屋", null, null)));
        rows.add(new Api.GridRow("item", "OFFICE_SPACE", "办公用房建筑总面积", 1,
                cells("办公用房建筑总面积", "平方米", Money.format(buildings.officeSpace()))));
        for (AssetStatement.FloorArea area : buildings.otherFloorAreas()) {
            rows.add(new Api.GridRow("item", null, area.name(), 1, cells(area.name(), "平方米", Money.format(area.area()))));
        }
        rows.add(new Api.GridRow("heading", null, "通用设备", 0, cells("通用设备", null, null)));
        rows.add(new Api.GridRow("item", "EQUIPMENT_500K", "价值50万元（原值）以上的通用设备", 1,
                cells("价值50万元（原值）以上的通用设备", "台（套）", Integer.toString(equipment.atLeast500k()))));
        rows.add(new Api.GridRow("item", "EQUIPMENT_1M", "价值100万元（原值）以上的通用设备", 1,
                cells("价值100万元（原值）以上的通用设备", "台（套）", Integer.toString(equipment.atLeast1m()))));
        return new Api.Grid(2, year + "年房屋及通用设备情况表", unitName, null, columns, rows, false, asOfNote(asOf));
    }

    public static Api.Grid procurement(int year, String unitName, ProcurementPlan plan) {
        AssetSnapshot.ProcurementTotals totals = org.budgetdisclosure.asset.AssetDerivations.procurementTotals(plan);
        List<Api.GridColumn> columns = List.of(
                column("item", "项目", "text"),
                column("amount", "政府采购预算", "amount"),
                column("smeSetAside", "其中：面向中小企业预留", "amount"));
        boolean anySetAside = plan.items().stream().anyMatch(i -> i.smeSetAside() != null);
        List<Api.GridRow> rows = new ArrayList<>();
        rows.add(new Api.GridRow("total", null, "合计", 0,
                cells("合计", Money.wan(totals.total()), anySetAside ? Money.wan(totals.smeSetAside()) : null)));
        for (ProcurementType type : ProcurementType.values()) {
            BigDecimal amount = switch (type) {
                case GOODS -> totals.goods();
                case WORKS -> totals.works();
                case SERVICES -> totals.services();
            };
            List<ProcurementPlan.Item> items = plan.items().stream().filter(i -> i.type() == type).toList();
            BigDecimal setAside = items.stream().map(ProcurementPlan.Item::smeSetAside)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
            rows.add(new Api.GridRow("subtotal", type.name(), type.nameZh(), 1,
                    cells(type.nameZh(), Money.wan(amount), Money.wan(setAside))));
            for (ProcurementPlan.Item item : items) {
                rows.add(new Api.GridRow("item", null, item.description(), 2,
                        cells(item.description(), Money.wan(item.amount()), Money.wan(item.smeSetAside()))));
            }
        }
        boolean empty = plan.items().isEmpty() && totals.total().signum() == 0;
        return new Api.Grid(3, year + "年政府采购预算表", unitName, "万元", columns, empty ? List.of() : rows, empty,
                empty ? EMPTY_NOTE : null);
    }

    private static String asOfNote(LocalDate asOf) {
        return "截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日";
    }

    private static Api.GridColumn column(String key, String label, String kind) {
        return new Api.GridColumn(key, label, kind, List.of());
    }

    private static List<String> cells(String... values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
    }
}
