package org.budgetdisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.repository.entity.RevisionEntity;

import java.util.List;
import java.util.Optional;

/** Frozen revisions of the performance part, per unit-year. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<RevisionEntity, RevisionEntity.Key> {

    /** Every revision of a unit-year, newest first. */
    public List<RevisionEntity> of(String unitCode, int year) {
        return list("unitCode = ?1 and fiscalYear = ?2 order by revision desc", unitCode, year);
    }

    public Optional<RevisionEntity> find(String unitCode, int year, int revision) {
        return findByIdOptional(new RevisionEntity.Key(unitCode, year, revision));
    }

    /** The highest revision number frozen so far, withdrawn or not. */
    public Optional<RevisionEntity> highest(String unitCode, int year) {
        return find("unitCode = ?1 and fiscalYear = ?2 order by revision desc", unitCode, year).firstResultOptional();
    }

    /** The newest revision that is not withdrawn: what a default (latest) read serves. */
    public Optional<RevisionEntity> latestPublished(String unitCode, int year) {
        return find("unitCode = ?1 and fiscalYear = ?2 and withdrawnAt is null order by revision desc", unitCode, year)
                .firstResultOptional();
    }

    /** For every unit-year (optionally one unit and/or year), its newest revision that is not withdrawn. */
    public List<RevisionEntity> latestPublishedOfEach(String unitCode, Integer year) {
        StringBuilder where = new StringBuilder("r.withdrawnAt is null and r.revision = (select max(r2.revision) from"
                + " RevisionEntity r2 where r2.unitCode = r.unitCode and r2.fiscalYear = r.fiscalYear and r2.withdrawnAt is null)");
        if (unitCode != null) {
            where.append(" and r.unitCode = :unit");
        }
        if (year != null) {
            where.append(" and r.fiscalYear = :year");
        }
        var query = getEntityManager().createQuery("select r from RevisionEntity r where " + where
                + " order by r.unitCode, r.fiscalYear", RevisionEntity.class);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultList();
    }
}
