package org.budgetdisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.repository.entity.AuditLogEntity;

import java.util.List;

/** The audit log: rows are only ever inserted (the database refuses UPDATE and DELETE). */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {

    /** Inserts one entry in the caller's transaction. */
    public void append(AuditEntry entry) {
        AuditLogEntity e = new AuditLogEntity();
        e.at = entry.at();
        e.actor = entry.actor();
        e.roles = entry.roles();
        e.action = entry.action();
        e.method = entry.method();
        e.path = entry.path();
        e.unitCode = entry.unitCode();
        e.fiscalYear = entry.fiscalYear();
        e.resource = entry.resource();
        e.beforeHash = entry.beforeHash();
        e.afterHash = entry.afterHash();
        e.requestId = entry.requestId();
        persist(e);
    }

    /** Newest first, ids below {@code beforeId} (the cursor), optionally of one unit. */
    public List<AuditEntry> page(String unitCode, Long beforeId, int limit) {
        StringBuilder query = new StringBuilder("id < :before");
        Parameters params = Parameters.with("before", beforeId == null ? Long.MAX_VALUE : beforeId);
        if (unitCode != null) {
            query.append(" and unitCode = :unit");
            params.and("unit", unitCode);
        }
        return find(query.toString(), Sort.descending("id"), params).page(0, limit).list().stream()
                .map(e -> new AuditEntry(e.id, e.at, e.actor, e.roles, e.action, e.method, e.path, e.unitCode, e.fiscalYear,
                        e.resource, e.beforeHash, e.afterHash, e.requestId)).toList();
    }
}
