package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** (unit_code, fiscal_year): the key of a unit's overall goal. */
@Embeddable
public class UnitYearKey implements Serializable {

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    protected UnitYearKey() {
    }

    public UnitYearKey(String unitCode, int fiscalYear) {
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitYearKey k && fiscalYear == k.fiscalYear && Objects.equals(unitCode, k.unitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitCode, fiscalYear);
    }
}
