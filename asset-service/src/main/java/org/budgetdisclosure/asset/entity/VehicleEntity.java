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
import org.budgetdisclosure.asset.VehicleCategory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the 公务用车 register (table vehicle). */
@Entity
@Table(name = "vehicle")
@IdClass(RegisterItemKey.class)
public class VehicleEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", length = 32)
    public String unitCode;

    @Id
    @Column(name = "vehicle_id", length = 64)
    public String itemId;

    @Column(name = "plate_number", length = 32)
    public String plateNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40, nullable = false)
    public VehicleCategory category;

    @Column(name = "acquisition_date")
    public LocalDate acquisitionDate;

    @Column(name = "original_value", precision = 18, scale = 2)
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
