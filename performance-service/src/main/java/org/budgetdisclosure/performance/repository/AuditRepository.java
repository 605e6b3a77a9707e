package org.budgetdisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.repository.entity.AuditEntryEntity;

import java.util.List;

/** The append-only audit log: rows are only ever persisted and read, newest first. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntryEntity, Long> {

    @jakarta.transaction.Transactional
    public List<AuditEntryEntity> page(String unitCode, Long beforeId, int limit) {
        StringBuilder where = new StringBuilder("true");
        if (unitCode != null) {
            where.append(" and a.unitCode = :unit");
        }
        if (beforeId != null) {
            where.append(" and a.id < :before");
        }
        var query = getEntityManager().createQuery("select a from AuditEntryEntity a where " + where
                + " order by a.id desc", AuditEntryEntity.class);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
