package org.budgetdisclosure.budget.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification catalogues of one fiscal year, in memory: what the table derivations and
 * validation rules look codes up in. Immutable; built from the database or, in unit tests, directly.
 */
public final class YearCatalogue {

    private final int fiscalYear;
    private final Map<String, Classification> functional;
    private final Map<String, Classification> departmentEconomic;
    private final Map<String, Classification> governmentEconomic;
    private final Map<String, String> departmentToGovernment;
    private final List<Classification> functionalClasses;

    public YearCatalogue(int fiscalYear, Collection<Classification> functional,
                         Collection<Classification> departmentEconomic,
                         Collection<Classification> governmentEconomic,
                         Map<String, String> departmentToGovernment) {
        this.fiscalYear = fiscalYear;
        this.functional = byCode(functional);
        this.departmentEconomic = byCode(departmentEconomic);
        this.governmentEconomic = byCode(governmentEconomic);
        this.departmentToGovernment = Map.copyOf(departmentToGovernment);
        this.functionalClasses = this.functional.values().stream().filter(c -> c.level() == 1).toList();
    }

    private static Map<String, Classification> byCode(Collection<Classification> entries) {
        Map<String, Classification> map = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Classification::code)).forEach(c -> map.put(c.code(), c));
        return map;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public Optional<Classification> functional(String code) {
        return Optional.ofNullable(functional.get(code));
    }

    /** All 类 of the year's functional catalogue in code order: the 30 rows of tables 1 and 4. */
    public List<Classification> functionalClasses() {
        return functionalClasses;
    }

    public Optional<Classification> departmentEconomic(String code) {
        return Optional.ofNullable(departmentEconomic.get(code));
    }

    public Optional<Classification> governmentEconomic(String code) {
        return Optional.ofNullable(governmentEconomic.get(code));
    }

    /** The government economic item a department item maps to (对照表), if the catalogue knows it. */
    public Optional<Classification> governmentEconomicFor(String departmentCode) {
        return Optional.ofNullable(departmentToGovernment.get(departmentCode)).map(governmentEconomic::get);
    }

    public String functionalName(String code) {
        return functional(code).map(Classification::name).orElse(code);
    }

    public String departmentEconomicName(String code) {
        return departmentEconomic(code).map(Classification::name).orElse(code);
    }
}
