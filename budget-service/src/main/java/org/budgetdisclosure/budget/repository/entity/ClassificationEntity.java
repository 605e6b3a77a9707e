package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One entry of a classification catalogue, keyed (scheme, fiscal_year, code). */
@Entity
@Table(name = "classification")
public class ClassificationEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public short level;

    @Column(name = "parent_code")
    public String parentCode;

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String scheme;
        @Column(name = "fiscal_year", nullable = false)
        public int fiscalYear;
        @Column(nullable = false)
        public String code;

        protected Key() {
        }

        public Key(String scheme, int fiscalYear, String code) {
            this.scheme = scheme;
            this.fiscalYear = fiscalYear;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fiscalYear == fiscalYear && k.scheme.equals(scheme) && k.code.equals(code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheme, fiscalYear, code);
        }
    }
}
