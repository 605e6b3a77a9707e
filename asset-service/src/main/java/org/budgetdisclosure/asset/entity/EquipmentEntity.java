package org.budgetdisclosure.asset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.budgetdisclosure.asset.AssetStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the 通用设备 register (table equipment), one per 台（套）. */
@Entity
@Table(name = "equipment")
@IdClass(RegisterItemKey.class)
public class EquipmentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", length = 32)
    public String unitCode;

    @Id
    @Column(name = "equipment_id", length = 64)
    public String itemId;

    @Column(name = "name", length = 200, nullable = false)
    public String name;

    @Column(name = "classification_code", length = 32)
    public String classificationCode;

    @Column(name = "acquisition_date")
    public LocalDate acquisitionDate;

    @Column(name = "original_value", precision = 18, scale = 2, nullable = false)
    public BigDecimal originalValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 24, nullable = false)
    public AssetStatus status;

    @Column(name = "disposal_date")
    public LocalDate disposalDate;

    @Column(name = "note", columnDefinition = "text")
    public String note;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
