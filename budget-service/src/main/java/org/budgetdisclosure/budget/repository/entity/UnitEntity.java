package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.budgetdisclosure.budget.UnitType;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A budget unit with its numbered duties and its staffing per fiscal year. */
@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    /** A page of units (at most 201 rows) loads each collection in one statement. */
    static final int PAGE_BATCH = 201;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    public UnitType unitType;

    @Column(name = "competent_department_code")
    public String competentDepartmentCode;

    @Column(name = "competent_department_name")
    public String competentDepartmentName;

    @Column(name = "internal_structure")
    public String internalStructure;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "unit_duty", joinColumns = @JoinColumn(name = "unit_code"))
    @OrderColumn(name = "seq")
    @Column(name = "text", nullable = false)
    @BatchSize(size = PAGE_BATCH)
    public List<String> duties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "unit_staffing", joinColumns = @JoinColumn(name = "unit_code"))
    @OrderBy("fiscalYear")
    @BatchSize(size = PAGE_BATCH)
    public List<Staffing> staffing = new ArrayList<>();

    @Embeddable
    public static class Staffing {
        @Column(name = "fiscal_year", nullable = false)
        public int fiscalYear;
        @Column(name = "authorized_positions", nullable = false)
        public int authorizedPositions;
        @Column(name = "actual_staff", nullable = false)
        public int actualStaff;

        protected Staffing() {
        }

        public Staffing(int fiscalYear, int authorizedPositions, int actualStaff) {
            this.fiscalYear = fiscalYear;
            this.authorizedPositions = authorizedPositions;
            this.actualStaff = actualStaff;
        }
    }
}
