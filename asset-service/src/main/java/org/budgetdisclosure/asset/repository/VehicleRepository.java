package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.VehicleEntity;
import org.budgetdisclosure.asset.entity.RegisterItemKey;

import java.util.List;
import java.util.Optional;

/** The vehicle register. */
@ApplicationScoped
public class VehicleRepository implements PanacheRepositoryBase<VehicleEntity, RegisterItemKey>, RegisterQueries<VehicleEntity> {

    @Override
    @SuppressWarnings("unchecked")
    public List<VehicleEntity> page(String unitCode, String after, int limit) {
        var query = getEntityManager().createNativeQuery(RegisterQueries.pageSql("vehicle", "vehicle_id", after != null), VehicleEntity.class)
                .setParameter("unit", unitCode)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    @Override
    public Optional<VehicleEntity> item(String unitCode, String itemId) {
        return findByIdOptional(new RegisterItemKey(unitCode, itemId));
    }

    @Override
    public long deleteOfUnit(String unitCode) {
        return delete("unitCode", unitCode);
    }
}
