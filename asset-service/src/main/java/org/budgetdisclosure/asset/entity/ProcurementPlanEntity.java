package org.budgetdisclosure.asset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.budgetdisclosure.asset.ProcurementType;
import org.hibernate.annotations.ListIndexBase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A year's 政府采购预算 (table procurement_plan) with its items in order (procurement_item). */
@Entity
@Table(name = "procurement_plan")
@IdClass(UnitYearKey.class)
public class ProcurementPlanEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", length = 32)
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "reported_total", precision = 18, scale = 2)
    public BigDecimal reportedTotal;

    @Column(name = "reported_goods", precision = 18, scale = 2)
    public BigDecimal reportedGoods;

    @Column(name = "reported_works", precision = 18, scale = 2)
    public BigDecimal reportedWorks;

    @Column(name = "reported_services", precision = 18, scale = 2)
    public BigDecimal reportedServices;

    @ElementCollection
    @CollectionTable(name = "procurement_item", joinColumns = {
            @JoinColumn(name = "unit_code", referencedColumnName = "unit_code"),
            @JoinColumn(name = "fiscal_year", referencedColumnName = "fiscal_year")})
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Item> items = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Embeddable
    public static class Item {
        protected Item() {
        }

        public Item(ProcurementType type, String description, BigDecimal amount, BigDecimal smeSetAside) {
            this.type = type;
            this.description = description;
            this.amount = amount;
            this.smeSetAside = smeSetAside;
        }

        @Enumerated(EnumType.STRING)
        @Column(name = "type", length = 16, nullable = false)
        public ProcurementType type;

        @Column(name = "description", length = 500, nullable = false)
        public String description;

        @Column(name = "amount", precision = 18, scale = 2, nullable = false)
        public BigDecimal amount;

        @Column(name = "sme_set_aside", precision = 18, scale = 2)
        public BigDecimal smeSetAside;
    }
}
