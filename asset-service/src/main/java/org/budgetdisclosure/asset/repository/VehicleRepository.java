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

    /*
     * Native SQL because JPQL cannot name a collation: the page is ordered in byte order (COLLATE "C") so
     * that the order does not depend on the database's locale, while the cursor comparison keeps the
     * database's default collation, as it always did (a known defect, filed separately).
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<VehicleEntity> page(String unitCode, String after, int limit) {
        var query = getEntityManager().createNativeQuery("SELECT * FROM vehicle WHERE unit_code = :unit"
                        + (after == null ? "" : " AND vehicle_id > :after") + " ORDER BY vehicle_id COLLATE \"C\" LIMIT :limit",
                        VehicleEntity.class)
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
