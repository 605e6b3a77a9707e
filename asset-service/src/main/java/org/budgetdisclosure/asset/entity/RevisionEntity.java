package org.budgetdisclosure.asset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A frozen revision of a unit-year's asset part (table asset_revision, V3): content never changes. */
@Entity
@Table(name = "asset_revision")
@IdClass(RevisionEntity.Key.class)
public class RevisionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", length = 32)
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    @Column(name = "revision")
    public int revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "content", nullable = false, columnDefinition = "text", updatable = false)
    public String content;

    @Column(name = "content_hash", nullable = false, length = 80, updatable = false)
    public String contentHash;

    @Column(name = "changes", nullable = false, columnDefinition = "text", updatable = false)
    public String changes;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason", columnDefinition = "text")
    public String withdrawalReason;

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

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
            return o instanceof Key k && k.fiscalYear == fiscalYear && k.revision == revision
                    && Objects.equals(k.unitCode, unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, fiscalYear, revision);
        }
    }
}
