package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Consistency checks (勾稽关系) over what is stored for a unit and year. Each rule is a named method
 * with a stable rule id; ERROR blocks publication, WARNING and INFO do not. Pure.
 */
public final class ConsistencyRules {

    public static final String STATEMENT_MISSING = "ASSET_STATEMENT_MISSING";
    public static final String PROCUREMENT_MISSING = "PROCUREMENT_PLAN_MISSING";
    public static final String PURCHASED_SERVICES_MISSING = "PURCHASED_SERVICES_MISSING";
    public static final String VEHICLES_OVER_QUOTA = "VEHICLES_OVER_QUOTA";
    public static final String VEHICLE_COUNTS_DIFFER = "VEHICLE_REGISTER_DIFFERS_FROM_REPORTED";
    public static final String EQUIPMENT_COUNTS_DIFFER = "EQUIPMENT_REGISTER_DIFFERS_FROM_REPORTED";
    public static final String AS_OF_OUTSIDE_YEAR = "AS_OF_DATE_OUTSIDE_FISCAL_YEAR";
    public static final String OFFICE_SPACE_MISSING = "OFFICE_SPACE_MISSING";
    public static final String ACQUISITION_IN_FUTURE = "ACQUISITION_DATE_IN_FUTURE";
    public static final String ACQUIRED_AFTER_AS_OF = "ACQUIRED_AFTER_AS_OF_DATE";
    public static final String DUPLICATE_PLATE = "DUPLICATE_PLATE";
    public static final String PROCUREMENT_TOTAL_MISMATCH = "PROCUREMENT_TOTAL_MISMATCH";
    public static final String SME_SET_ASIDE_EXCEEDS_AMOUNT = "SME_SET_ASIDE_EXCEEDS_AMOUNT";

    /**
     * The most findings {@link #check} can return (the documented maxItems of the validation report): per vehicle
     * at most three (acquired in the future, after the as-of date, duplicate plate), per equipment item two, per
     * procurement item one set-aside finding, and at most 3 + 8 + 7 + 1 + 1 + 1 + 4 + 1 for the parts, the quota
     * (7 categories and the total), the reported counts, the as-of date, office space, the totals and the
     * set-aside total. Registers hold at most {@link WriteRules#MAX_REGISTER_ITEMS} items, a plan 1000.
     */
    public static final int MAX_FINDINGS = 3 * WriteRules.MAX_REGISTER_ITEMS + 2 * WriteRules.MAX_REGISTER_ITEMS
            + 1000 + (3 + 8 + 7 + 1 + 1 + 1 + 4 + 1);

    private ConsistencyRules() {
    }

    /** Everything stored for a unit and year; statement, plan and catalogue may be null. */
    public record Subject(int year, AssetStatement statement, List<Vehicle> vehicles, List<Equipment> equipment,
                          ProcurementPlan plan, PurchasedServicesCatalogue catalogue) {
    }

    public static List<Finding> check(Subject s, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(partsStated(s));
        if (s.statement() != null) {
            findings.addAll(vehiclesWithinQuota(s.statement(), s.vehicles()));
            findings.addAll(registerMatchesReportedVehicles(s.statement(), s.vehicles()));
            findings.addAll(registerMatchesReportedEquipment(s.statement(), s.equipment()));
            findings.addAll(asOfDateInFiscalYear(s.statement(), s.year()));
            findings.addAll(officeSpaceStated(s.statement()));
            findings.addAll(acquiredAfterAsOf(s.statement().asOfDate(), s.vehicles(), s.equipment()));
        }
        findings.addAll(acquisitionNotInFuture(s.vehicles(), s.equipment(), today));
        findings.addAll(platesUnique(s.vehicles()));
        if (s.plan() != null) {
            findings.addAll(procurementTotalAddsUp(s.plan()));
            findings.addAll(setAsidesWithinAmounts(s.plan()));
        }
        return atMostMaxFindings(findings);
    }

    /**
     * The backstop of {@link #MAX_FINDINGS}: registers are capped on every write, but creates racing each other at
     * the cap (each checks its own snapshot) can pass it by a few items. Should the findings then exceed the
     * maximum, ERROR findings are kept first (so publishable stays right) and the rest is cut; otherwise the
     * list is returned as it is, in rule order.
     */
    static List<Finding> atMostMaxFindings(List<Finding> findings) {
        if (findings.size() <= MAX_FINDINGS) {
            return findings;
        }
        return findings.stream().sorted(java.util.Comparator.comparing(Finding::severity))
                .limit(MAX_FINDINGS).toList();
    }

    /** Sections 九, 十一 and 十二 each need their data. */
    static List<Finding> partsStated(Subject s) {
        List<Finding> findings = new ArrayList<>();
        if (s.statement() == null) {
            findings.add(new Finding(STATEMENT_MISSING, Severity.ERROR,
                    "未填报国有资产占有使用情况（截至日期、公务用车编制、办公用房）",
                    "No asset statement (as-of date, vehicle quota, office space) for the year", "statement"));
        }
        if (s.plan() == null) {
            findings.add(new Finding(PROCUREMENT_MISSING, Severity.ERROR, "未填报政府采购预算",
                    "No procurement budget for the year", "procurement"));
        }
        if (s.catalogue() == null) {
            findings.add(new Finding(PURCHASED_SERVICES_MISSING, Severity.ERROR,
                    "未填报政府购买服务指导性目录（无则填“无”）",
                    "No purchased-services catalogue for the year (state none if there is none)", "purchasedServices"));
        }
        return findings;
    }

    /** 实有 must not exceed 编制, per category and in total. */
    static List<Finding> vehiclesWithinQuota(AssetStatement statement, List<Vehicle> register) {
        List<Finding> findings = new ArrayList<>();
        AssetSnapshot.VehicleCounts counts = AssetDerivations.vehicleCounts(statement, register);
        for (AssetSnapshot.CategoryCount c : counts.byCategory()) {
            if (c.actual() > c.allowed()) {
                findings.add(new Finding(VEHICLES_OVER_QUOTA, Severity.ERROR,
                        c.category().nameZh() + "实有" + c.actual() + "辆，超过编制" + c.allowed() + "辆",
                        c.category() + ": " + c.actual() + " vehicles held, " + c.allowed() + " allowed",
                        "vehicles.byCategory." + c.category()));
            }
        }
        if (counts.actual() > counts.allowed()) {
            findings.add(new Finding(VEHICLES_OVER_QUOTA, Severity.ERROR,
                    "公务用车实有" + counts.actual() + "辆，超过编制" + counts.allowed() + "辆",
                    "In total " + counts.actual() + " vehicles held, " + counts.allowed() + " allowed",
                    "vehicles.actual"));
        }
        return findings;
    }

    /** Where a unit keeps a register and also reports counts, the two should agree. */
    static List<Finding> registerMatchesReportedVehicles(AssetStatement statement, List<Vehicle> register) {
        if (register.isEmpty() || !statement.reportsVehicleCounts()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Map<VehicleCategory, Integer> held = AssetDerivations.heldVehiclesByCategory(register, statement.asOfDate());
        for (AssetStatement.VehicleQuota q : statement.vehicleQuota()) {
            int fromRegister = held.getOrDefault(q.category(), 0);
            if (q.reportedActual() != null && q.reportedActual() != fromRegister) {
                findings.add(new Finding(VEHICLE_COUNTS_DIFFER, Severity.WARNING,
                        q.category().nameZh() + "填报实有" + q.reportedActual() + "辆，车辆登记" + fromRegister + "辆；以登记为准",
                        q.category() + ": reported " + q.reportedActual() + ", register holds " + fromRegister
                                + "; the register is used",
                        "statement.vehicleQuota." + q.category()));
            }
        }
        return findings;
    }

    static List<Finding> registerMatchesReportedEquipment(AssetStatement statement, List<Equipment> register) {
        AssetStatement.ReportedEquipmentCounts reported = statement.reportedEquipment();
        if (register.isEmpty() || reported == null) {
            return List.of();
        }
        AssetSnapshot.EquipmentCounts derived = AssetDerivations.countFromRegister(register, statement.asOfDate());
        if (derived.atLeast500k() == reported.atLeast500k() && derived.atLeast1m() == reported.atLeast1m()) {
            return List.of();
        }
        return List.of(new Finding(EQUIPMENT_COUNTS_DIFFER, Severity.WARNING,
                "填报50万元以上通用设备" + reported.atLeast500k() + "台（套）、100万元以上" + reported.atLeast1m()
                        + "台（套），设备登记分别为" + derived.atLeast500k() + "、" + derived.atLeast1m() + "；以登记为准",
                "Reported " + reported.atLeast500k() + "/" + reported.atLeast1m() + " items ≥500k/≥1m, register holds "
                        + derived.atLeast500k() + "/" + derived.atLeast1m() + "; the register is used",
                "statement.reportedEquipmentCounts"));
    }

    /** Assets are usually stated as of a day in the fiscal year; the year before (截至上年末) is common too. */
    static List<Finding> asOfDateInFiscalYear(AssetStatement statement, int year) {
        if (statement.asOfDate().getYear() == year) {
            return List.of();
        }
        return List.of(new Finding(AS_OF_OUTSIDE_YEAR, Severity.WARNING,
                "资产截至日期" + statement.asOfDate() + "不在" + year + "年度内",
                "As-of date " + statement.asOfDate() + " is outside fiscal year " + year, "statement.asOfDate"));
    }

    static List<Finding> officeSpaceStated(AssetStatement statement) {
        if (statement.officeSpace() != null) {
            return List.of();
        }
        return List.of(new Finding(OFFICE_SPACE_MISSING, Severity.WARNING, "未填报办公用房建筑面积",
                "Office floor space is not stated", "statement.officeSpace"));
    }

    static List<Finding> acquisitionNotInFuture(List<Vehicle> vehicles, List<Equipment> equipment, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        vehicles.stream().filter(v -> v.acquisitionDate() != null && v.acquisitionDate().isAfter(today))
                .forEach(v -> findings.add(new Finding(ACQUISITION_IN_FUTURE, Severity.ERROR,
                        "车辆" + v.vehicleId() + "购置日期" + v.acquisitionDate() + "晚于今天",
                        "Vehicle " + v.vehicleId() + " acquired in the future (" + v.acquisitionDate() + ")",
                        "vehicles." + v.vehicleId() + ".acquisitionDate")));
        equipment.stream().filter(e -> e.acquisitionDate() != null && e.acquisitionDate().isAfter(today))
                .forEach(e -> findings.add(new Finding(ACQUISITION_IN_FUTURE, Severity.ERROR,
                        "设备" + e.equipmentId() + "购置日期" + e.acquisitionDate() + "晚于今天",
                        "Equipment " + e.equipmentId() + " acquired in the future (" + e.acquisitionDate() + ")",
                        "equipment." + e.equipmentId() + ".acquisitionDate")));
        return findings;
    }

    /** Assets acquired after the as-of date are registered but not counted in that year's statement. */
    static List<Finding> acquiredAfterAsOf(LocalDate asOf, List<Vehicle> vehicles, List<Equipment> equipment) {
        List<Finding> findings = new ArrayList<>();
        vehicles.stream().filter(v -> v.acquisitionDate() != null && v.acquisitionDate().isAfter(asOf))
                .forEach(v -> findings.add(new Finding(ACQUIRED_AFTER_AS_OF, Severity.INFO,
                        "车辆" + v.vehicleId() + "购置于截至日期之后，不计入本年数",
                        "Vehicle " + v.vehicleId() + " was acquired after the as-of date and is not counted",
                        "vehicles." + v.vehicleId() + ".acquisitionDate")));
        equipment.stream().filter(e -> e.acquisitionDate() != null && e.acquisitionDate().isAfter(asOf))
                .forEach(e -> findings.add(new Finding(ACQUIRED_AFTER_AS_OF, Severity.INFO,
                        "设备" + e.equipmentId() + "购置于截至日期之后，不计入本年数",
                        "Equipment " + e.equipmentId() + " was acquired after the as-of date and is not counted",
                        "equipment." + e.equipmentId() + ".acquisitionDate")));
        return findings;
    }

    static List<Finding> platesUnique(List<Vehicle> vehicles) {
        return WriteRules.uniquePlates(vehicles, v -> "vehicles." + v.vehicleId() + ".plateNumber").stream()
                .map(e -> new Finding(DUPLICATE_PLATE, Severity.ERROR, "车牌号重复：" + e.reason(), e.reason(), e.field()))
                .toList();
    }

    /** 政府采购预算总额 = 货物 + 工程 + 服务, exactly, for the reported figures and against the items. */
    static List<Finding> procurementTotalAddsUp(ProcurementPlan plan) {
        return WriteRules.procurementTotalsConsistent(plan).stream()
                .map(e -> new Finding(PROCUREMENT_TOTAL_MISMATCH, Severity.ERROR,
                        "政府采购预算总额应等于货物、工程、服务之和：" + e.reason(), e.reason(), "procurement." + e.field()))
                .toList();
    }

    static List<Finding> setAsidesWithinAmounts(ProcurementPlan plan) {
        List<Finding> findings = new ArrayList<>(WriteRules.setAsidesWithinAmounts(plan.items()).stream()
                .map(e -> new Finding(SME_SET_ASIDE_EXCEEDS_AMOUNT, Severity.ERROR,
                        "面向中小企业预留金额超过采购项目金额", e.reason(), "procurement." + e.field()))
                .toList());
        AssetSnapshot.ProcurementTotals totals = AssetDerivations.procurementTotals(plan);
        BigDecimal total = totals.total() == null ? Money.zero() : totals.total();
        if (totals.smeSetAside().compareTo(total) > 0) {
            findings.add(new Finding(SME_SET_ASIDE_EXCEEDS_AMOUNT, Severity.ERROR,
                    "面向中小企业预留总额超过政府采购预算总额", "SME set-asides exceed the procurement total",
                    "procurement.smeSetAside"));
        }
        return findings;
    }
}
