package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** (unit_code, fiscal_year, project_code): the key of a form-less managed goal. */
@Embeddable
public class ProjectKey implements Serializable {

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Column(name = "project_code", nullable = false, length = 64)
    private String projectCode;

    protected ProjectKey() {
    }

    public ProjectKey(String unitCode, int fiscalYear, String projectCode) {
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
        this.projectCode = projectCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getProjectCode() {
        return projectCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectKey k && fiscalYear == k.fiscalYear && Objects.equals(unitCode, k.unitCode)
                && Objects.equals(projectCode, k.projectCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitCode, fiscalYear, projectCode);
    }
}
