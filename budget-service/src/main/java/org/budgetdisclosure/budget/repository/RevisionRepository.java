package org.budgetdisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.budgetdisclosure.budget.publication.StoredRevision;
import org.budgetdisclosure.budget.repository.entity.BudgetRevisionEntity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Frozen revisions: inserted once, read many times; only the withdrawal columns are ever set afterwards. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<BudgetRevisionEntity, BudgetRevisionEntity.Key> {

    private static final String KEY = "unitCode = ?1 and fiscalYear = ?2";

    /** The highest revision number of the unit-year, withdrawn or not; 0 when none. */
    public int latestNumber(String unitCode, int year) {
        Integer max = getEntityManager().createQuery("select max(r.revision) from BudgetRevisionEntity r "
                        + "where r.unitCode = ?1 and r.fiscalYear = ?2", Integer.class)
                .setParameter(1, unitCode).setParameter(2, year).getSingleResult();
        return max == null ? 0 : max;
    }

    public Optional<StoredRevision> find(String unitCode, int year, int revision) {
        return findByIdOptional(new BudgetRevisionEntity.Key(unitCode, year, revision)).map(RevisionRepository::record);
    }

    /** The newest revision that is not withdrawn. */
    public Optional<StoredRevision> latestPublished(String unitCode, int year) {
        return find(KEY + " and withdrawnAt is null order by revision desc", unitCode, year).firstResultOptional()
                .map(RevisionRepository::record);
    }

    /** Every revision of the unit-year, newest first. */
    public List<StoredRevision> all(String unitCode, int year) {
        return find(KEY + " order by revision desc", unitCode, year).stream().map(RevisionRepository::record).toList();
    }

    public boolean unitHasRevisions(String unitCode) {
        return count("unitCode", unitCode) > 0;
    }

    public void insert(StoredRevision revision, String unitName, String regionCode) {
        BudgetRevisionEntity e = new BudgetRevisionEntity();
        e.unitCode = revision.unitCode();
        e.fiscalYear = revision.fiscalYear();
        e.revision = revision.revision();
        e.content = revision.content();
        e.contentHash = revision.contentHash();
        e.changes = revision.changes();
        e.unitName = unitName;
        e.regionCode = regionCode;
        e.publishedAt = revision.publishedAt();
        e.publishedBy = revision.publishedBy();
        persist(e);
        flush();
    }

    public void withdraw(String unitCode, int year, int revision, OffsetDateTime at, String by, String reason) {
        BudgetRevisionEntity e = findById(new BudgetRevisionEntity.Key(unitCode, year, revision));
        e.withdrawnAt = at;
        e.withdrawnBy = by;
        e.withdrawalReason = reason;
        flush();
    }

    /** One published unit-year in a list: its newest revision that is not withdrawn. */
    public record PublishedRow(String unitCode, int fiscalYear, String unitName, String regionCode, int revision,
                               OffsetDateTime publishedAt, String contentHash) {
        public String key() {
            return unitCode + "/" + String.format("%04d", fiscalYear);
        }
    }

    /** Unit-years with a published, not withdrawn revision, after the cursor ("unit/yyyy"), in cursor order. */
    public List<PublishedRow> latestPublished(String afterKey, int limit, Integer year, String regionCode) {
        String cursor = "concat(r.unitCode, '/', pad(cast(r.fiscalYear as String) with 4 leading '0'))";
        StringBuilder hql = new StringBuilder("select r.unitCode, r.fiscalYear, r.unitName, r.regionCode, r.revision, r.publishedAt, "
                + "r.contentHash from BudgetRevisionEntity r where r.withdrawnAt is null and " + cursor + " > :after "
                + "and r.revision = (select max(q.revision) from BudgetRevisionEntity q where q.unitCode = r.unitCode "
                + "and q.fiscalYear = r.fiscalYear and q.withdrawnAt is null)");
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterKey == null ? "" : afterKey);
        if (year != null) {
            hql.append(" and r.fiscalYear = :year");
            params.put("year", year);
        }
        if (regionCode != null) {
            hql.append(" and r.regionCode = :region");
            params.put("region", regionCode);
        }
        hql.append(" order by ").append(cursor);
        TypedQuery<Object[]> query = getEntityManager().createQuery(hql.toString(), Object[].class).setMaxResults(limit);
        params.forEach(query::setParameter);
        List<PublishedRow> rows = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            rows.add(new PublishedRow((String) r[0], (Integer) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                    (OffsetDateTime) r[5], (String) r[6]));
        }
        return rows;
    }

    private static StoredRevision record(BudgetRevisionEntity e) {
        return new StoredRevision(e.unitCode, e.fiscalYear, e.revision, e.content, e.contentHash, e.changes, e.publishedAt,
                e.publishedBy, e.withdrawnAt, e.withdrawnBy, e.withdrawalReason);
    }
}
