package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.ProcurementPlanEntity;
import org.budgetdisclosure.asset.entity.UnitYearKey;

import java.util.Optional;

/** Procurement budgets (政府采购预算) per unit and year, with their items (loaded when first read). */
@ApplicationScoped
public class ProcurementPlanRepository implements PanacheRepositoryBase<ProcurementPlanEntity, UnitYearKey> {

    public Optional<ProcurementPlanEntity> of(String unitCode, int year) {
        return findByIdOptional(new UnitYearKey(unitCode, year));
    }
}
