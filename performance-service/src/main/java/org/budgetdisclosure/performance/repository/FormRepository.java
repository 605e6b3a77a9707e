package org.budgetdisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.budgetdisclosure.performance.ProjectCategory;
import org.budgetdisclosure.performance.repository.entity.PerformanceFormEntity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Forms with their indicator rows. Every read loads the indicators in the same or one more statement, never per form. */
@ApplicationScoped
public class FormRepository implements PanacheRepository<PerformanceFormEntity> {

    private static final String BY_KEY = "f.unitCode = :unit and f.fiscalYear = :year and f.projectCode = :project";

    /** Filter of a form list; null fields do not filter. Order: unit, year, project code. */
    public record FormFilter(String unitCode, Integer fiscalYear, String projectCode, ProjectCategory category,
                             String text) {
    }

    /** Position of the last listed form, for cursor pagination. */
    public record FormKey(String unitCode, int fiscalYear, String projectCode) {
    }

    /** One form and its indicators, one statement (fetch join). */
    public Optional<PerformanceFormEntity> findByKey(String unitCode, int year, String projectCode) {
        return find("select f from PerformanceFormEntity f left join fetch f.indicators where " + BY_KEY,
                key(unitCode, year, projectCode)).singleResultOptional();
    }

    /** One form, its row locked until the transaction ends (indicators follow in one statement when read). */
    public Optional<PerformanceFormEntity> findByKeyForUpdate(String unitCode, int year, String projectCode) {
        return find("select f from PerformanceFormEntity f where " + BY_KEY, key(unitCode, year, projectCode))
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    public boolean existsByKey(String unitCode, int year, String projectCode) {
        return count("from PerformanceFormEntity f where " + BY_KEY, key(unitCode, year, projectCode)) > 0;
    }

    /** Deletes a form; its indicator rows go with it. */
    public boolean deleteByKey(String unitCode, int year, String projectCode) {
        return delete("from PerformanceFormEntity f where " + BY_KEY, key(unitCode, year, projectCode)) > 0;
    }

    /**
     * Forms matching the filter after the given key, at most limit of them, in key order: the page's ids in one
     * statement, then those forms with all their indicators in one more (a fetch join cannot carry the LIMIT itself).
     */
    public List<PerformanceFormEntity> list(FormFilter filter, FormKey after, int limit) {
        StringBuilder where = new StringBuilder("true");
        Parameters params = new Parameters();
        if (filter.unitCode() != null) {
            where.append(" and f.unitCode = :unit");
            params.and("unit", filter.unitCode());
        }
        if (filter.fiscalYear() != null) {
            where.append(" and f.fiscalYear = :year");
            params.and("year", filter.fiscalYear());
        }
        if (filter.projectCode() != null) {
            where.append(" and f.projectCode = :project");
            params.and("project", filter.projectCode());
        }
        if (filter.category() != null) {
            where.append(" and f.category = :category");
            params.and("category", filter.category());
        }
        if (filter.text() != null) {
            where.append(" and (f.projectName ilike :text escape '\\' or exists (select 1 from PerformanceFormEntity f2"
                    + " join f2.indicators i where f2.id = f.id and (i.name ilike :text escape '\\'"
                    + " or i.targetText ilike :text escape '\\')))");
            params.and("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            where.append(" and (f.unitCode > :afterUnit or (f.unitCode = :afterUnit and (f.fiscalYear > :afterYear"
                    + " or (f.fiscalYear = :afterYear and f.projectCode > :afterProject))))");
            params.and("afterUnit", after.unitCode()).and("afterYear", after.fiscalYear())
                    .and("afterProject", after.projectCode());
        }
        var ids = getEntityManager().createQuery("select f.id from PerformanceFormEntity f where " + where
                + " order by f.unitCode, f.fiscalYear, f.projectCode", Long.class);
        params.map().forEach(ids::setParameter);
        List<Long> page = ids.setMaxResults(limit).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select f from PerformanceFormEntity f left join fetch f.indicators"
                        + " where f.id in :ids", PerformanceFormEntity.class)
                .setParameter("ids", page).getResultList().stream()
                .sorted(Comparator.comparingInt(f -> page.indexOf(f.getId())))
                .toList();
    }

    private static Parameters key(String unitCode, int year, String projectCode) {
        return Parameters.with("unit", unitCode).and("year", year).and("project", projectCode);
    }
}
