package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.RevisionEntity;

import java.util.List;
import java.util.Optional;

/** Frozen revisions per unit-year. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<RevisionEntity, RevisionEntity.Key> {

    /** Newest first. */
    public List<RevisionEntity> ofUnitYear(String unitCode, int year) {
        return list("unitCode = ?1 and fiscalYear = ?2 order by revision desc", unitCode, year);
    }

    public Optional<RevisionEntity> revision(String unitCode, int year, int revision) {
        return findByIdOptional(new RevisionEntity.Key(unitCode, year, revision));
    }

    /** The newest revision that is not withdrawn (what "latest" serves). */
    public Optional<RevisionEntity> latestServable(String unitCode, int year) {
        return find("unitCode = ?1 and fiscalYear = ?2 and withdrawnAt is null order by revision desc", unitCode, year)
                .firstResultOptional();
    }

    /** The newest revision number, withdrawn or not (numbers are never reused). */
    public Optional<RevisionEntity> newest(String unitCode, int year) {
        return find("unitCode = ?1 and fiscalYear = ?2 order by revision desc", unitCode, year).firstResultOptional();
    }
}
