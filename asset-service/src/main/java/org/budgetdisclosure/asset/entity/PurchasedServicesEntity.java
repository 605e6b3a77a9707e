package org.budgetdisclosure.asset.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

import java.util.ArrayList;
import java.util.List;

/** A year's 政府购买服务指导性目录 (table purchased_services) with its entries in order (purchased_service_entry). */
@Entity
@Table(name = "purchased_services")
@IdClass(UnitYearKey.class)
public class PurchasedServicesEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code", length = 32)
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "none", nullable = false)
    public boolean none;

    @Column(name = "note", columnDefinition = "text")
    public String note;

    @ElementCollection
    @CollectionTable(name = "purchased_service_entry", joinColumns = {
            @JoinColumn(name = "unit_code", referencedColumnName = "unit_code"),
            @JoinColumn(name = "fiscal_year", referencedColumnName = "fiscal_year")})
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Entry> entries = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Embeddable
    public static class Entry {
        protected Entry() {
        }

        public Entry(String code, String name, String description) {
            this.code = code;
            this.name = name;
            this.description = description;
        }

        @Column(name = "code", length = 32)
        public String code;

        @Column(name = "name", length = 300, nullable = false)
        public String name;

        @Column(name = "description", columnDefinition = "text")
        public String description;
    }
}
