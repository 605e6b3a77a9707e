package org.budgetdisclosure.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.ProjectCategory;
import org.budgetdisclosure.performance.repository.entity.ManagedGoalEntity;
import org.budgetdisclosure.performance.repository.entity.ProjectKey;

import java.math.BigDecimal;
import java.util.List;

/** Form-less managed goals, and the list of every goal of a unit's year (form-backed ones included). */
@ApplicationScoped
public class ManagedGoalRepository implements PanacheRepositoryBase<ManagedGoalEntity, ProjectKey> {

    /** Every goal of a unit and year, by project code: forms (amount = annual funds total) and form-less goals. */
    public List<ManagedGoal> goalsOf(String unitCode, int year) {
        List<Object[]> rows = getEntityManager().createQuery("select f.projectCode as code, f.projectName,"
                        + " f.category, f.annualFunds.total, f.published, true from PerformanceFormEntity f"
                        + " where f.unitCode = :unit and f.fiscalYear = :year"
                        + " union all select g.key.projectCode as code, g.projectName, g.category, g.amount, g.published, false"
                        + " from ManagedGoalEntity g where g.key.unitCode = :unit and g.key.fiscalYear = :year"
                        + " order by code", Object[].class)
                .setParameter("unit", unitCode).setParameter("year", year).getResultList();
        return rows.stream().map(r -> new ManagedGoal(unitCode, year, (String) r[0], (String) r[1],
                (ProjectCategory) r[2], r[3] == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) r[3],
                (Boolean) r[4], (Boolean) r[5])).toList();
    }

    public boolean deleteByKey(String unitCode, int year, String projectCode) {
        return delete("key", new ProjectKey(unitCode, year, projectCode)) > 0;
    }
}
