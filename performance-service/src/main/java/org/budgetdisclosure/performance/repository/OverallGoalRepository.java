package org.budgetdisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.repository.entity.OverallGoalEntity;
import org.budgetdisclosure.performance.repository.entity.UnitYearKey;

import java.util.Optional;

/** A unit's 整体绩效目标 per year, by (unit, year). */
@ApplicationScoped
public class OverallGoalRepository implements PanacheRepositoryBase<OverallGoalEntity, UnitYearKey> {

    public Optional<OverallGoalEntity> findByUnitYear(String unitCode, int year) {
        return findByIdOptional(new UnitYearKey(unitCode, year));
    }
}
