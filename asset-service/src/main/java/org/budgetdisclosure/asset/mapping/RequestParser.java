package org.budgetdisclosure.asset.mapping;

import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.CanonicalPath;
import org.budgetdisclosure.asset.AssetStatus;
import org.budgetdisclosure.asset.Equipment;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.InvalidInputException;
import org.budgetdisclosure.asset.Money;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.ProcurementType;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.Vehicle;
import org.budgetdisclosure.asset.VehicleCategory;
import org.budgetdisclosure.asset.WriteRules;
import org.budgetdisclosure.asset.api.Api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns request bodies into domain values, naming every bad field; throws {@link InvalidInputException}
 * with all of them at once. Checks shapes and field-level rules; rules that need stored data live in
 * the service.
 */
public final class RequestParser {

    private static final int MAX_TEXT = 500;
    private static final int MAX_ID = 64;
    /** The documented limits (OpenAPI maxItems / maximum), kept here: a body beyond them is 422. */
    public static final int MAX_REGISTER_ITEMS = WriteRules.MAX_REGISTER_ITEMS;
    public static final int MAX_QUOTA_ITEMS = 7;
    public static final int MAX_FLOOR_AREAS = 100;
    public static final int MAX_PROCUREMENT_ITEMS = 1_000;
    public static final int MAX_CATALOGUE_ENTRIES = 500;
    public static final int MAX_COUNT = 1_000_000;

    private RequestParser() {
    }

    public static Vehicle vehicle(String pathId, Api.VehicleInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (in.vehicleId() != null && !in.vehicleId().equals(pathId)) {
            errors.add(new FieldError("vehicleId", "must match the id in the path (" + pathId + ")"));
        }
        Vehicle vehicle = vehicle(pathId, in, "", today, errors);
        throwIfAny(errors);
        return vehicle;
    }

    public static List<Vehicle> vehicleRegister(Api.VehicleRegisterInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null || in.vehicles() == null) {
            throw new InvalidInputException(List.of(new FieldError("vehicles", "is required (use [] for none)")));
        }
        maxItems(in.vehicles(), "vehicles", MAX_REGISTER_ITEMS);
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < in.vehicles().size(); i++) {
            String prefix = "vehicles[" + i + "].";
            Api.VehicleInput v = in.vehicles().get(i);
            if (v == null) {
                errors.add(new FieldError("vehicles[" + i + "]", "must not be null"));
                continue;
            }
            vehicles.add(vehicle(v.vehicleId(), v, prefix, today, errors));
        }
        errors.addAll(WriteRules.uniqueIds(in.vehicles().stream().map(v -> v == null ? null : v.vehicleId()).toList(),
                "vehicles", "vehicleId"));
        if (errors.isEmpty()) {
            errors.addAll(WriteRules.uniquePlates(vehicles, v -> "vehicles[" + vehicles.indexOf(v) + "].plateNumber"));
        }
        throwIfAny(errors);
        return vehicles;
    }

    private static Vehicle vehicle(String id, Api.VehicleInput in, String prefix, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        id(id, prefix + "vehicleId", errors);
        String plate = optionalText(in.plateNumber(), prefix + "plateNumber", 32, errors);
        VehicleCategory category = enumValue(VehicleCategory.class, in.category(), prefix + "category", true, errors);
        AssetStatus status = in.status() == null ? AssetStatus.IN_USE
                : enumValue(AssetStatus.class, in.status(), prefix + "status", true, errors);
        BigDecimal value = Money.parse(in.originalValue(), prefix + "originalValue", false, errors);
        errors.addAll(WriteRules.datesPlausible(prefix, in.acquisitionDate(), status, in.disposalDate(), today));
        String note = optionalText(in.note(), prefix + "note", 2000, errors);
        return errors.size() > before ? null
                : new Vehicle(id, plate, category, in.acquisitionDate(), value, status, in.disposalDate(), note);
    }

    public static Equipment equipment(String pathId, Api.EquipmentInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (in.equipmentId() != null && !in.equipmentId().equals(pathId)) {
            errors.add(new FieldError("equipmentId", "must match the id in the path (" + pathId + ")"));
        }
        Equipment item = equipment(pathId, in, "", today, errors);
        throwIfAny(errors);
        return item;
    }

    public static List<Equipment> equipmentRegister(Api.EquipmentRegisterInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null || in.equipment() == null) {
            throw new InvalidInputException(List.of(new FieldError("equipment", "is required (use [] for none)")));
        }
        List<Equipment> items = new ArrayList<>();
        maxItems(in.equipment(), "equipment", MAX_REGISTER_ITEMS);
        for (int i = 0; i < in.equipment().size(); i++) {
            Api.EquipmentInput e = in.equipment().get(i);
            if (e == null) {
                errors.add(new FieldError("equipment[" + i + "]", "must not be null"));
                continue;
            }
            items.add(equipment(e.equipmentId(), e, "equipment[" + i + "].", today, errors));
        }
        errors.addAll(WriteRules.uniqueIds(in.equipment().stream().map(e -> e == null ? null : e.equipmentId()).toList(),
                "equipment", "equipmentId"));
        throwIfAny(errors);
        return items;
    }

    private static Equipment equipment(String id, Api.EquipmentInput in, String prefix, LocalDate today,
                                       List<FieldError> errors) {
        int before = errors.size();
        id(id, prefix + "equipmentId", errors);
        String name = requiredText(in.name(), prefix + "name", 200, errors);
        String code = optionalText(in.classificationCode(), prefix + "classificationCode", 32, errors);
        if (code != null && !code.matches("[A-Z]?[0-9]{1,12}")) {
            errors.add(new FieldError(prefix + "classificationCode",
                    "must be a GB/T 14885 asset classification code such as A02010104"));
        }
        BigDecimal value = Money.parse(in.originalValue(), prefix + "originalValue", true, errors);
        AssetStatus status = in.status() == null ? AssetStatus.IN_USE
                : enumValue(AssetStatus.class, in.status(), prefix + "status", true, errors);
        errors.addAll(WriteRules.datesPlausible(prefix, in.acquisitionDate(), status, in.disposalDate(), today));
        String note = optionalText(in.note(), prefix + "note", 2000, errors);
        return errors.size() > before ? null
                : new Equipment(id, name, code, in.acquisitionDate(), value, status, in.disposalDate(), note);
    }

    public static AssetStatement statement(int year, Api.StatementInput in) {
        List<FieldError> errors = new ArrayList<>();
        String unitName = optionalText(in.unitName(), "unitName", 200, errors);
        if (in.asOfDate() == null) {
            errors.add(new FieldError("asOfDate", "is required"));
        } else {
            errors.addAll(WriteRules.asOfDateNearYear(in.asOfDate(), year));
        }
        List<AssetStatement.VehicleQuota> quota = new ArrayList<>();
        List<Api.VehicleQuotaInput> quotaIn = in.vehicleQuota() == null ? List.of() : in.vehicleQuota();
        maxItems(quotaIn, "vehicleQuota", MAX_QUOTA_ITEMS);
        for (int i = 0; i < quotaIn.size(); i++) {
            String prefix = "vehicleQuota[" + i + "].";
            Api.VehicleQuotaInput q = quotaIn.get(i);
            if (q == null) {
                errors.add(new FieldError("vehicleQuota[" + i + "]", "must not be null"));
                continue;
            }
            VehicleCategory category = enumValue(VehicleCategory.class, q.category(), prefix + "category", true, errors);
            Integer allowed = count(q.allowed(), prefix + "allowed", true, errors);
            Integer actual = count(q.reportedActual(), prefix + "reportedActual", false, errors);
            if (category != null && allowed != null) {
                quota.add(new AssetStatement.VehicleQuota(category, allowed, actual));
            }
        }
        errors.addAll(WriteRules.quotaCategoriesUnique(quota));
        BigDecimal officeSpace = Money.parse(in.officeSpace(), "officeSpace", false, errors);
        List<AssetStatement.FloorArea> areas = new ArrayList<>();
        List<Api.FloorAreaInput> areasIn = in.otherFloorAreas() == null ? List.of() : in.otherFloorAreas();
        maxItems(areasIn, "otherFloorAreas", MAX_FLOOR_AREAS);
        for (int i = 0; i < areasIn.size(); i++) {
            Api.FloorAreaInput a = areasIn.get(i);
            if (a == null) {
                errors.add(new FieldError("otherFloorAreas[" + i + "]", "must not be null"));
                continue;
            }
            String name = requiredText(a.name(), "otherFloorAreas[" + i + "].name", 200, errors);
            BigDecimal area = Money.parse(a.area(), "otherFloorAreas[" + i + "].area", true, errors);
            areas.add(new AssetStatement.FloorArea(name, area));
        }
        AssetStatement.ReportedEquipmentCounts equipment = null;
        if (in.reportedEquipmentCounts() != null) {
            Integer a = count(in.reportedEquipmentCounts().atLeast500k(), "reportedEquipmentCounts.atLeast500k", true, errors);
            Integer b = count(in.reportedEquipmentCounts().atLeast1m(), "reportedEquipmentCounts.atLeast1m", true, errors);
            if (a != null && b != null) {
                equipment = new AssetStatement.ReportedEquipmentCounts(a, b);
                errors.addAll(WriteRules.equipmentCountsNested(equipment));
            }
        }
        throwIfAny(errors);
        return new AssetStatement(unitName, in.asOfDate(), quota, officeSpace, areas, equipment);
    }

    public static ProcurementPlan procurement(Api.ProcurementPlanInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.items() == null) {
            throw new InvalidInputException(List.of(new FieldError("items", "is required (use [] for none)")));
        }
        maxItems(in.items(), "items", MAX_PROCUREMENT_ITEMS);
        List<ProcurementPlan.Item> items = new ArrayList<>();
        for (int i = 0; i < in.items().size(); i++) {
            String prefix = "items[" + i + "].";
            Api.ProcurementItemInput item = in.items().get(i);
            if (item == null) {
                errors.add(new FieldError("items[" + i + "]", "must not be null"));
                continue;
            }
            ProcurementType type = enumValue(ProcurementType.class, item.type(), prefix + "type", true, errors);
            String description = requiredText(item.description(), prefix + "description", MAX_TEXT, errors);
            BigDecimal amount = Money.parse(item.amount(), prefix + "amount", true, errors);
            BigDecimal setAside = Money.parse(item.smeSetAside(), prefix + "smeSetAside", false, errors);
            if (type != null && amount != null) {
                items.add(new ProcurementPlan.Item(type, description, amount, setAside));
            }
        }
        ProcurementPlan.ReportedTotals totals = null;
        if (in.reportedTotals() != null) {
            Api.ProcurementTotalsInput t = in.reportedTotals();
            BigDecimal total = Money.parse(t.total(), "reportedTotals.total", true, errors);
            BigDecimal goods = Money.parse(t.goods(), "reportedTotals.goods", true, errors);
            BigDecimal works = Money.parse(t.works(), "reportedTotals.works", true, errors);
            BigDecimal services = Money.parse(t.services(), "reportedTotals.services", true, errors);
            if (total != null && goods != null && works != null && services != null) {
                totals = new ProcurementPlan.ReportedTotals(total, goods, works, services);
            }
        }
        throwIfAny(errors);
        ProcurementPlan plan = new ProcurementPlan(items, totals);
        errors.addAll(WriteRules.setAsidesWithinAmounts(items));
        errors.addAll(WriteRules.procurementTotalsConsistent(plan));
        throwIfAny(errors);
        return plan;
    }

    public static PurchasedServicesCatalogue purchasedServices(Api.PurchasedServicesInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.none() == null) {
            errors.add(new FieldError("none", "is required (true when the unit has no catalogue entries)"));
        }
        List<PurchasedServicesCatalogue.Entry> entries = new ArrayList<>();
        List<Api.PurchasedServiceEntryInput> entriesIn = in.entries() == null ? List.of() : in.entries();
        maxItems(entriesIn, "entries", MAX_CATALOGUE_ENTRIES);
        for (int i = 0; i < entriesIn.size(); i++) {
            Api.PurchasedServiceEntryInput e = entriesIn.get(i);
            if (e == null) {
                errors.add(new FieldError("entries[" + i + "]", "must not be null"));
                continue;
            }
            entries.add(new PurchasedServicesCatalogue.Entry(
                    optionalText(e.code(), "entries[" + i + "].code", 32, errors),
                    requiredText(e.name(), "entries[" + i + "].name", 300, errors),
                    optionalText(e.description(), "entries[" + i + "].description", 2000, errors)));
        }
        String note = optionalText(in.note(), "note", 2000, errors);
        throwIfAny(errors);
        PurchasedServicesCatalogue catalogue = new PurchasedServicesCatalogue(in.none(), entries, note);
        errors.addAll(WriteRules.catalogueNoneOrEntries(catalogue));
        throwIfAny(errors);
        return catalogue;
    }

    // ---- field helpers ------------------------------------------------------------------------

    private static void id(String id, String field, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (id.length() > MAX_ID || !CanonicalPath.isItemId(id)) {
            errors.add(new FieldError(field, "must be 1–64 ASCII letters, digits, '.', '_' or '-' (not . or ..)"));
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, boolean required,
                                                   List<FieldError> errors) {
        if (raw == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown value '" + raw + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Integer count(Integer value, String field, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (value < 0) {
            errors.add(new FieldError(field, "must not be negative"));
            return null;
        }
        if (value > MAX_COUNT) {
            errors.add(new FieldError(field, "must be at most " + MAX_COUNT));
            return null;
        }
        return value;
    }

    /** Refuses a list beyond its documented maxItems at once (nothing else of the body is worth checking). */
    private static void maxItems(List<?> list, String field, int max) {
        if (list.size() > max) {
            throw new InvalidInputException(List.of(new FieldError(field, "must have at most " + max + " items")));
        }
    }

    private static String requiredText(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return optionalText(value, field, max, errors);
    }

    private static String optionalText(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return value.strip();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
