package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Hard rules: a write that breaks one is refused (422) and nothing is stored. Each rule is a named
 * method returning the offending fields, with JSON paths relative to the request body. Pure.
 */
public final class WriteRules {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;

    private WriteRules() {
    }

    /** Fiscal years the service accepts. */
    public static List<FieldError> yearInRange(int year) {
        return year < MIN_YEAR || year > MAX_YEAR
                ? List.of(new FieldError("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR))
                : List.of();
    }

    /** An asset cannot have been acquired after today, nor disposed of before it was acquired. */
    public static List<FieldError> datesPlausible(String prefix, LocalDate acquisition, AssetStatus status,
                                                  LocalDate disposal, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(dateWritable(prefix + "acquisitionDate", acquisition));
        errors.addAll(dateWritable(prefix + "disposalDate", disposal));
        if (!errors.isEmpty()) {
            return errors;
        }
        if (acquisition != null && acquisition.isAfter(today)) {
            errors.add(new FieldError(prefix + "acquisitionDate", "must not be in the future"));
        }
        if (acquisition != null && disposal != null && disposal.isBefore(acquisition)) {
            errors.add(new FieldError(prefix + "disposalDate", "must not be before the acquisition date"));
        }
        if (status == AssetStatus.DISPOSED && disposal == null) {
            errors.add(new FieldError(prefix + "disposalDate", "is required when status is DISPOSED"));
        }
        return errors;
    }

    /**
     * A date is written back as yyyy-MM-dd, ten characters (its documented maxLength): years 0001–9999 only.
     * JSON dates such as "+10000-01-01" or "-0001-01-01" parse but would not fit.
     */
    public static List<FieldError> dateWritable(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            return List.of(new FieldError(field, "must be a date from 0001-01-01 to 9999-12-31"));
        }
        return List.of();
    }

    /** The most items a register (vehicles or equipment) of one unit may hold, however they are written. */
    public static final int MAX_REGISTER_ITEMS = 10_000;

    /**
     * A register holds at most {@link #MAX_REGISTER_ITEMS} items: a whole-register PUT is refused beyond it, and
     * so is a single PUT that would add an item to a full register. This keeps every count derived from a
     * register (and every finding per item) within the response limits documented in OpenAPI.
     */
    public static List<FieldError> registerHasRoom(int sizeAfter, String field, String collection) {
        if (sizeAfter > MAX_REGISTER_ITEMS) {
            return List.of(new FieldError(field, "the " + collection + " register already holds "
                    + MAX_REGISTER_ITEMS + " items, the most it may hold"));
        }
        return List.of();
    }

    /**
     * Plates are unique within a unit's register. {@code register} is the whole register as it would
     * be after the write; {@code pathOf} names a vehicle's plate field in the request body, or null
     * for a vehicle already stored and not part of the body.
     */
    public static List<FieldError> uniquePlates(List<Vehicle> register, Function<Vehicle, String> pathOf) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Vehicle> seen = new HashMap<>();
        for (Vehicle vehicle : register) {
            if (vehicle.plateNumber() == null) {
                continue;
            }
            Vehicle first = seen.putIfAbsent(normalisePlate(vehicle.plateNumber()), vehicle);
            if (first != null) {
                boolean laterInBody = pathOf.apply(vehicle) != null;
                Vehicle reported = laterInBody ? vehicle : first;
                Vehicle other = laterInBody ? first : vehicle;
                String path = pathOf.apply(reported);
                errors.add(new FieldError(path == null ? "plateNumber" : path, "duplicate plate: "
                        + vehicle.plateNumber() + " is already registered for vehicle " + other.vehicleId()));
            }
        }
        return errors;
    }

    /** Register ids in a whole-register body are unique. */
    public static List<FieldError> uniqueIds(List<String> ids, String collection, String idField) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !seen.add(ids.get(i))) {
                errors.add(new FieldError(collection + "[" + i + "]." + idField, "duplicate id " + ids.get(i)));
            }
        }
        return errors;
    }

    public static String normalisePlate(String plate) {
        return plate.replaceAll("[\\s·.-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The as-of date lies in the fiscal year or the year before or after it (e.g. 截至上年末). */
    public static List<FieldError> asOfDateNearYear(LocalDate asOf, int year) {
        if (asOf.getYear() < year - 1 || asOf.getYear() > year + 1) {
            return List.of(new FieldError("asOfDate", "must lie within fiscal year " + year
                    + " or the year before or after it"));
        }
        return List.of();
    }

    /** An item worth ≥100万 is also worth ≥50万, so the first count cannot exceed the second. */
    public static List<FieldError> equipmentCountsNested(AssetStatement.ReportedEquipmentCounts counts) {
        if (counts != null && counts.atLeast1m() > counts.atLeast500k()) {
            return List.of(new FieldError("reportedEquipmentCounts.atLeast1m",
                    "must not exceed atLeast500k (an item of ≥1,000,000 yuan is also ≥500,000 yuan)"));
        }
        return List.of();
    }

    /** Each category appears at most once in the quota. */
    public static List<FieldError> quotaCategoriesUnique(List<AssetStatement.VehicleQuota> quota) {
        List<FieldError> errors = new ArrayList<>();
        Set<VehicleCategory> seen = new HashSet<>();
        for (int i = 0; i < quota.size(); i++) {
            if (!seen.add(quota.get(i).category())) {
                errors.add(new FieldError("vehicleQuota[" + i + "].category", "category listed twice"));
            }
        }
        return errors;
    }

    /** 面向中小企业预留 cannot exceed the item's amount. */
    public static List<FieldError> setAsidesWithinAmounts(List<ProcurementPlan.Item> items) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ProcurementPlan.Item item = items.get(i);
            if (item.smeSetAside() != null && item.smeSetAside().compareTo(item.amount()) > 0) {
                errors.add(new FieldError("items[" + i + "].smeSetAside", "must not exceed the item's amount "
                        + Money.format(item.amount())));
            }
        }
        return errors;
    }

    /**
     * Reported totals: total = goods + works + services, exactly; and where items are given, each
     * reported figure equals the one derived from the items.
     */
    public static List<FieldError> procurementTotalsConsistent(ProcurementPlan plan) {
        ProcurementPlan.ReportedTotals r = plan.reportedTotals();
        if (r == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        BigDecimal sum = r.goods().add(r.works()).add(r.services());
        if (sum.compareTo(r.total()) != 0) {
            errors.add(new FieldError("reportedTotals.total", "must equal goods + works + services ("
                    + Money.format(sum) + ")"));
        }
        if (!plan.items().isEmpty()) {
            AssetSnapshot.ProcurementTotals derived = AssetDerivations.procurementTotals(
                    new ProcurementPlan(plan.items(), null));
            compare(errors, "reportedTotals.goods", r.goods(), derived.goods());
            compare(errors, "reportedTotals.works", r.works(), derived.works());
            compare(errors, "reportedTotals.services", r.services(), derived.services());
        }
        return errors;
    }

    private static void compare(List<FieldError> errors, String field, BigDecimal reported, BigDecimal derived) {
        if (reported.compareTo(derived) != 0) {
            errors.add(new FieldError(field, "must equal the sum of the items of that type (" + Money.format(derived) + ")"));
        }
    }

    /** Either the catalogue has entries, or it states that there are none; not both, not neither. */
    public static List<FieldError> catalogueNoneOrEntries(PurchasedServicesCatalogue catalogue) {
        if (catalogue.none() && !catalogue.entries().isEmpty()) {
            return List.of(new FieldError("entries", "must be empty when none is true"));
        }
        if (!catalogue.none() && catalogue.entries().isEmpty()) {
            return List.of(new FieldError("entries", "must list at least one entry, or set none to true"));
        }
        return List.of();
    }
}
