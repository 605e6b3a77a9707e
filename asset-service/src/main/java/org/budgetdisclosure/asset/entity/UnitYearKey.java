package org.budgetdisclosure.asset.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a per-year part (statement, procurement plan, purchased-services catalogue). */
public class UnitYearKey implements Serializable {

    public String unitCode;
    public int fiscalYear;

    public UnitYearKey() {
    }

    public UnitYearKey(String unitCode, int fiscalYear) {
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitYearKey k && Objects.equals(unitCode, k.unitCode) && fiscalYear == k.fiscalYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitCode, fiscalYear);
    }
}
