package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A frozen revision of a unit-year's budget part: the exact JSON text served, its hash and its changes. */
@Entity
@Table(name = "budget_revision")
@IdClass(BudgetRevisionEntity.Key.class)
public class BudgetRevisionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Id
    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Id
    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String content;

    @Column(name = "content_hash", nullable = false, updatable = false)
    public String contentHash;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String changes;

    @Column(name = "unit_name", nullable = false, updatable = false)
    public String unitName;

    @Column(name = "region_code", nullable = false, updatable = false)
    public String regionCode;

    @Column(name = "published_at", nullable = false, updatable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    public static class Key implements Serializable {
        public String unitCode;
        public int fiscalYear;
        public int revision;

        public Key() {
        }

        public Key(String unitCode, int fiscalYear, int revision) {
            this.unitCode = unitCode;
            this.fiscalYear = fiscalYear;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fiscalYear == fiscalYear && k.revision == revision && Objects.equals(k.unitCode, unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, fiscalYear, revision);
        }
    }
}
