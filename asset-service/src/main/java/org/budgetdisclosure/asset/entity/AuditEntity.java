package org.budgetdisclosure.asset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the append-only audit log (table audit_log, V3; a trigger refuses UPDATE and DELETE). */
@Entity
@Table(name = "audit_log")
public class AuditEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "at", nullable = false, updatable = false)
    public Instant at;

    @Column(name = "actor", nullable = false, updatable = false)
    public String actor;

    @Column(name = "roles", nullable = false, updatable = false)
    public String roles;

    @Column(name = "action", nullable = false, length = 16, updatable = false)
    public String action;

    @Column(name = "method", nullable = false, length = 8, updatable = false)
    public String method;

    @Column(name = "path", nullable = false, length = 2048, updatable = false)
    public String path;

    @Column(name = "unit_code", length = 32, updatable = false)
    public String unitCode;

    @Column(name = "fiscal_year", updatable = false)
    public Integer fiscalYear;

    @Column(name = "resource", nullable = false, updatable = false)
    public String resource;

    @Column(name = "before_hash", length = 80, updatable = false)
    public String beforeHash;

    @Column(name = "after_hash", length = 80, updatable = false)
    public String afterHash;

    @Column(name = "request_id", length = 128, updatable = false)
    public String requestId;
}
