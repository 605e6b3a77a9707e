package org.budgetdisclosure.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.EquipmentEntity;
import org.budgetdisclosure.asset.entity.RegisterItemKey;

import java.util.List;
import java.util.Optional;

/** The equipment register. */
@ApplicationScoped
public class EquipmentRepository implements PanacheRepositoryBase<EquipmentEntity, RegisterItemKey>, RegisterQueries<EquipmentEntity> {

    @Override
    @SuppressWarnings("unchecked")
    public List<EquipmentEntity> page(String unitCode, String after, int limit) {
        var query = getEntityManager().createNativeQuery(RegisterQueries.pageSql("equipment", "equipment_id", after != null), EquipmentEntity.class)
                .setParameter("unit", unitCode)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    @Override
    public Optional<EquipmentEntity> item(String unitCode, String itemId) {
        return findByIdOptional(new RegisterItemKey(unitCode, itemId));
    }

    @Override
    public long deleteOfUnit(String unitCode) {
        return delete("unitCode", unitCode);
    }
}
