package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One row of the append-only audit log (a trigger refuses UPDATE and DELETE). */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String roles;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(nullable = false, updatable = false)
    public String method;

    @Column(nullable = false, updatable = false)
    public String path;

    @Column(name = "unit_code", updatable = false)
    public String unitCode;

    @Column(name = "fiscal_year", updatable = false)
    public Integer fiscalYear;

    @Column(nullable = false, updatable = false)
    public String resource;

    @Column(name = "before_hash", updatable = false)
    public String beforeHash;

    @Column(name = "after_hash", updatable = false)
    public String afterHash;

    @Column(name = "request_id", updatable = false)
    public String requestId;
}
