package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A row of performance_revision: a frozen revision of a unit-year's performance part (content = the served JSON). */
@Entity
@Table(name = "performance_revision")
@IdClass(RevisionEntity.Key.class)
public class RevisionEntity {

    @Id
    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;
    @Id
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Id
    @Column(nullable = false)
    private int revision;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;
    @Column(name = "published_by", nullable = false, length = 200)
    private String publishedBy;
    @Column(nullable = false, columnDefinition = "text")
    private String content;
    @Column(name = "content_hash", nullable = false, length = 71)
    private String contentHash;
    @Column(nullable = false, columnDefinition = "text")
    private String changes;
    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;
    @Column(name = "withdrawn_by", length = 200)
    private String withdrawnBy;
    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    protected RevisionEntity() {
    }

    public RevisionEntity(String unitCode, int fiscalYear, int revision, OffsetDateTime publishedAt, String publishedBy,
                          String content, String contentHash, String changes) {
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
        this.revision = revision;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.content = content;
        this.contentHash = contentHash;
        this.changes = changes;
    }

    public void withdraw(OffsetDateTime at, String by, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getRevision() {
        return revision;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getChanges() {
        return changes;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** (unit_code, fiscal_year, revision). */
    public static class Key implements Serializable {
        private String unitCode;
        private int fiscalYear;
        private int revision;

        public Key() {
        }

        public Key(String unitCode, int fiscalYear, int revision) {
            this.unitCode = unitCode;
            this.fiscalYear = fiscalYear;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && fiscalYear == k.fiscalYear && revision == k.revision
                    && Objects.equals(unitCode, k.unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, fiscalYear, revision);
        }
    }
}
