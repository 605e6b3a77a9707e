package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One row of the 对照表: a department economic item and the government item it maps to, per fiscal year. */
@Entity
@Table(name = "economic_mapping")
public class EconomicMappingEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "gov_code", nullable = false)
    public String govCode;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "fiscal_year", nullable = false)
        public int fiscalYear;
        @Column(name = "dept_code", nullable = false)
        public String deptCode;

        protected Key() {
        }

        public Key(int fiscalYear, String deptCode) {
            this.fiscalYear = fiscalYear;
            this.deptCode = deptCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fiscalYear == fiscalYear && k.deptCode.equals(deptCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fiscalYear, deptCode);
        }
    }
}
