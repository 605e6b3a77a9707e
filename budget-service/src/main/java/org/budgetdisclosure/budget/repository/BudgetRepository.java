package org.budgetdisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.BudgetStatus;
import org.budgetdisclosure.budget.StoredBudget;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.repository.entity.BudgetEntity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budgets and their lines. A budget is written whole, in the caller's transaction, so a reader never
 * sees half of one; lines keep their order ({@code seq}). Reading one takes a fixed number of statements
 * whatever its size: the header and one per line table.
 */
@ApplicationScoped
public class BudgetRepository implements PanacheRepository<BudgetEntity> {

    private static final String KEY = "unitCode = ?1 and fiscalYear = ?2";

    public Optional<StoredBudget> find(String unitCode, int year) {
        return find(KEY, unitCode, year).firstResultOptional()
                .map(e -> new StoredBudget(EntityMapper.budget(e), e.contentHash, e.updatedAt));
    }

    /** What a write decides on: the stored version, its status and its content hash. */
    public record Current(long id, int version, BudgetStatus status, String contentHash) {
    }

    /** The stored budget's header only (its lines are not read); it stays in the transaction for {@link #save}. */
    public Optional<Current> current(String unitCode, int year) {
        return find(KEY, unitCode, year).firstResultOptional().map(e -> new Current(e.id, e.revision, e.status, e.contentHash));
    }

    /** Locks the draft's row for the rest of the transaction (publishers of one unit-year take turns); empty when none. */
    public Optional<Long> lock(String unitCode, int year) {
        return find(KEY, unitCode, year).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .map(e -> e.id);
    }

    /** What a derived view depends on besides the budget's content: the unit's name and type. */
    public record Version(String contentHash, String unitName, UnitType unitType) {
    }

    /** One cheap read that tells whether a cached derivation is still current. */
    public Optional<Version> version(String unitCode, int year) {
        return getEntityManager().createQuery("select b.contentHash, u.name, u.unitType from BudgetEntity b "
                        + "join UnitEntity u on u.code = b.unitCode where b.unitCode = ?1 and b.fiscalYear = ?2", Object[].class)
                .setParameter(1, unitCode).setParameter(2, year)
                .getResultList().stream().findFirst()
                .map(r -> new Version((String) r[0], (String) r[1], (UnitType) r[2]));
    }

    /** A draft in a list. */
    public record DraftRow(String unitCode, String unitName, String regionCode, int fiscalYear, BudgetStatus status, int version,
                           OffsetDateTime updatedAt) {
        public String key() {
            return unitCode + "/" + String.format("%04d", fiscalYear);
        }
    }

    /**
     * Drafts of the units in {@code scope} (exact codes, prefixes ending in '*', or '*') after the cursor, in cursor
     * order. The cursor is "unit/yyyy" compared as one string (C collation), which is not the order of the pair
     * (unit, year) when a code holds '-' (it sorts below '/'): kept as it was, so pages and cursors stay exactly
     * what clients already hold.
     */
    public List<DraftRow> drafts(String afterKey, int limit, Integer year, String regionCode, BudgetStatus status, List<String> scope) {
        String cursor = "concat(b.unitCode, '/', pad(cast(b.fiscalYear as String) with 4 leading '0'))";
        StringBuilder hql = new StringBuilder("select b.unitCode, u.name, u.regionCode, b.fiscalYear, b.status, b.revision, b.updatedAt "
                + "from BudgetEntity b join UnitEntity u on u.code = b.unitCode where " + cursor + " > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterKey == null ? "" : afterKey);
        if (!scope.contains("*")) {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < scope.size(); i++) {
                String entry = scope.get(i);
                if (entry.endsWith("*")) {
                    terms.add("b.unitCode like :s" + i + " escape '!'");
                    params.put("s" + i, entry.substring(0, entry.length() - 1).replace("!", "!!").replace("%", "!%")
                            .replace("_", "!_") + "%");
                } else {
                    terms.add("b.unitCode = :s" + i);
                    params.put("s" + i, entry);
                }
            }
            hql.append(" and (").append(String.join(" or ", terms)).append(")");
        }
        if (year != null) {
            hql.append(" and b.fiscalYear = :year");
            params.put("year", year);
        }
        if (regionCode != null) {
            hql.append(" and u.regionCode = :region");
            params.put("region", regionCode);
        }
        if (status != null) {
            hql.append(" and b.status = :status");
            params.put("status", status);
        }
        hql.append(" order by ").append(cursor);
        TypedQuery<Object[]> query = getEntityManager().createQuery(hql.toString(), Object[].class).setMaxResults(limit);
        params.forEach(query::setParameter);
        List<DraftRow> result = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            result.add(new DraftRow((String) r[0], (String) r[1], (String) r[2], (Integer) r[3], (BudgetStatus) r[4],
                    (Integer) r[5], (OffsetDateTime) r[6]));
        }
        return result;
    }

    /**
     * Writes the whole budget and returns its version. {@code existingId} is the budget {@link #current}
     * found in this transaction, or null for a new one. The header is updated first, under its version
     * (a writer that lost the race fails here, before touching a line); then every line table is
     * replaced: one delete per table and batched inserts.
     */
    public int save(Budget budget, String contentHash, Long existingId) {
        BudgetEntity e;
        if (existingId == null) {
            e = new BudgetEntity();
            e.unitCode = budget.unitCode();
            e.fiscalYear = budget.fiscalYear();
            e.revision = 1;
            EntityMapper.copy(budget, contentHash, e);
            persist(e);
        } else {
            e = findById(existingId);
            EntityMapper.copy(budget, contentHash, e);
        }
        flush();
        return e.revision;
    }

    /** Deletes the budget if it is still at {@code version}; false when another write changed it first. */
    public boolean delete(String unitCode, int year, int version) {
        return delete(KEY + " and revision = ?3", unitCode, year, version) > 0;
    }
}
