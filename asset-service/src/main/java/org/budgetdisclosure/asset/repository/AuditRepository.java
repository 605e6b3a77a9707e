package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.AuditEntity;

import java.util.List;

/** The append-only audit log: inserts and cursor pages, newest first. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntity, Long> {

    /** Up to limit rows with id below after (null: from the newest), of one unit or (unitCode null) of all. */
    public List<AuditEntity> page(String unitCode, Long after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (unitCode != null) {
            query.append(" and unitCode = :unit");
            parameters.and("unit", unitCode);
        }
        if (after != null) {
            query.append(" and id < :after");
            parameters.and("after", after);
        }
        return find(query + " order by id desc", parameters).page(0, limit).list();
    }
}
