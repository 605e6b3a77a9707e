package org.budgetdisclosure.asset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.budgetdisclosure.asset.VehicleCategory;
import org.hibernate.annotations.ListIndexBase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's asset statement for a fiscal year (table asset_statement) with its vehicle quota per category
 * (vehicle_quota) and other floor areas in order (floor_area). Changing either collection bumps the version.
 */
@Entity
@Table(name = "asset_statement")
@IdClass(UnitYearKey.class)
public class AssetStatementEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", length = 32)
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "unit_name", length = 200)
    public String unitName;

    @Column(name = "as_of_date", nullable = false)
    public LocalDate asOfDate;

    @Column(name = "office_space", precision = 14, scale = 2)
    public BigDecimal officeSpace;

    @Column(name = "reported_equipment_500k")
    public Integer reportedEquipment500k;

    @Column(name = "reported_equipment_1m")
    public Integer reportedEquipment1m;

    @ElementCollection
    @CollectionTable(name = "vehicle_quota", joinColumns = {
            @JoinColumn(name = "unit_code", referencedColumnName = "unit_code"),
            @JoinColumn(name = "fiscal_year", referencedColumnName = "fiscal_year")})
    @MapKeyColumn(name = "category", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    public Map<VehicleCategory, Quota> vehicleQuota = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "floor_area", joinColumns = {
            @JoinColumn(name = "unit_code", referencedColumnName = "unit_code"),
            @JoinColumn(name = "fiscal_year", referencedColumnName = "fiscal_year")})
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<FloorArea> floorAreas = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** 编制 of one category, and the actual count when the unit reports counts without a register. */
    @Embeddable
    public static class Quota {
        protected Quota() {
        }

        public Quota(int allowed, Integer reportedActual) {
            this.allowed = allowed;
            this.reportedActual = reportedActual;
        }

        @Column(name = "allowed", nullable = false)
        public int allowed;

        @Column(name = "reported_actual")
        public Integer reportedActual;
    }

    @Embeddable
    public static class FloorArea {
        protected FloorArea() {
        }

        public FloorArea(String name, BigDecimal area) {
            this.name = name;
            this.area = area;
        }

        @Column(name = "name", length = 200, nullable = false)
        public String name;

        @Column(name = "area", precision = 14, scale = 2, nullable = false)
        public BigDecimal area;
    }
}
