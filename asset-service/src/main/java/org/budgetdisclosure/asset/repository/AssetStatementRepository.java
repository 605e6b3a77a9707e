package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.AssetStatementEntity;
import org.budgetdisclosure.asset.entity.UnitYearKey;

import java.util.Optional;

/** Asset statements per unit and year, with their vehicle quota and floor areas (loaded when first read). */
@ApplicationScoped
public class AssetStatementRepository implements PanacheRepositoryBase<AssetStatementEntity, UnitYearKey> {

    public Optional<AssetStatementEntity> of(String unitCode, int year) {
        return findByIdOptional(new UnitYearKey(unitCode, year));
    }
}
