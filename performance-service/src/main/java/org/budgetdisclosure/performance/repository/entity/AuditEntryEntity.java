package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A row of the append-only audit_log (the database refuses UPDATE and DELETE). */
@Entity
@Table(name = "audit_log")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private OffsetDateTime at;
    @Column(nullable = false, length = 200)
    private String actor;
    @Column(nullable = false, length = 200)
    private String roles;
    @Column(nullable = false, length = 16)
    private String action;
    @Column(nullable = false, length = 10)
    private String method;
    @Column(nullable = false, length = 2000)
    private String path;
    @Column(name = "unit_code", length = 32)
    private String unitCode;
    @Column(name = "fiscal_year")
    private Integer fiscalYear;
    @Column(nullable = false, length = 300)
    private String resource;
    @Column(name = "before_hash", length = 71)
    private String beforeHash;
    @Column(name = "after_hash", length = 71)
    private String afterHash;
    @Column(name = "request_id", length = 200)
    private String requestId;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(OffsetDateTime at, String actor, String roles, String action, String method, String path,
                            String unitCode, Integer fiscalYear, String resource, String beforeHash, String afterHash,
                            String requestId) {
        this.at = at;
        this.actor = actor;
        this.roles = roles;
        this.action = action;
        this.method = method;
        this.path = path;
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
        this.resource = resource;
        this.beforeHash = beforeHash;
        this.afterHash = afterHash;
        this.requestId = requestId;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getRoles() {
        return roles;
    }

    public String getAction() {
        return action;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public String getResource() {
        return resource;
    }

    public String getBeforeHash() {
        return beforeHash;
    }

    public String getAfterHash() {
        return afterHash;
    }

    public String getRequestId() {
        return requestId;
    }
}
