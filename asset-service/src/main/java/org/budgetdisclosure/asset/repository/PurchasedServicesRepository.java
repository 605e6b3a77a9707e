package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.PurchasedServicesEntity;
import org.budgetdisclosure.asset.entity.UnitYearKey;

import java.util.Optional;

/** Purchased-services catalogues per unit and year, with their entries (loaded when first read). */
@ApplicationScoped
public class PurchasedServicesRepository implements PanacheRepositoryBase<PurchasedServicesEntity, UnitYearKey> {

    public Optional<PurchasedServicesEntity> of(String unitCode, int year) {
        return findByIdOptional(new UnitYearKey(unitCode, year));
    }
}
