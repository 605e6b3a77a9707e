package org.budgetdisclosure.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.repository.entity.UnitEntity;

import java.util.List;
import java.util.Optional;

/** Units with their duties and staffing. Writes run inside the caller's transaction. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    public Optional<Unit> find(String code) {
        return findByIdOptional(code).map(EntityMapper::unit);
    }

    /** The unit read FOR UPDATE: other writers of it wait until this transaction ends. */
    public Optional<Unit> findForUpdate(String code) {
        return Optional.ofNullable(findById(code, LockModeType.PESSIMISTIC_WRITE)).map(EntityMapper::unit);
    }

    /** What a budget needs to know of its unit: that it exists, its name and its type. */
    public record Identity(String name, UnitType unitType) {
    }

    /** The unit's own row only (duties and staffing are not read). */
    public Optional<Identity> identity(String code) {
        return findByIdOptional(code).map(e -> new Identity(e.name, e.unitType));
    }

    /** Units in code order after the cursor, optionally filtered by region and by a part of the name. */
    public List<Unit> list(String after, int limit, String regionCode, String nameContains) {
        StringBuilder query = new StringBuilder("code > :after");
        Parameters params = Parameters.with("after", after == null ? "" : after);
        if (regionCode != null) {
            query.append(" and regionCode = :region");
            params.and("region", regionCode);
        }
        if (nameContains != null) {
            query.append(" and locate(:name, name) > 0");
            params.and("name", nameContains);
        }
        return find(query.toString(), Sort.by("code"), params).page(Page.ofSize(limit)).list().stream()
                .map(EntityMapper::unit).toList();
    }

    /**
     * Inserts ({@code create}) or replaces a unit with its duties and staffing; returns {@code create}. The caller
     * has read the row FOR UPDATE ({@link #findForUpdate}) and decided which it is: an insert that meets a row
     * another writer committed meanwhile fails on the primary key instead of silently becoming an update.
     */
    public boolean save(Unit unit, boolean create) {
        UnitEntity e = create ? new UnitEntity() : findById(unit.code(), LockModeType.PESSIMISTIC_WRITE);
        if (create) {
            e.code = unit.code();
        }
        EntityMapper.copy(unit, e);
        if (create) {
            persist(e);
        }
        flush();
        return create;
    }

    public boolean hasBudgets(String code) {
        return getEntityManager().createQuery("select 1 from BudgetEntity b where b.unitCode = ?1", Integer.class)
                .setParameter(1, code).setMaxResults(1).getResultStream().findFirst().isPresent();
    }

    public boolean delete(String code) {
        return delete("code", code) > 0;
    }

}
