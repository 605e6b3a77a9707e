package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.budgetdisclosure.budget.BudgetStatus;
import org.hibernate.annotations.UpdateTimestamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget row with its line tables as ordered element collections ({@code seq} is the list index).
 * Replacing a list replaces the table's rows for this budget: one delete by {@code budget_id}, then
 * batched inserts. Projects and their amounts are two such collections; an amount names its project
 * by {@code project_seq}.
 */
@Entity
@Table(name = "budget")
public class BudgetEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetStatus status;

    /**
     * The revision the API shows is exactly a version: it goes up by one on every change of content and
     * on nothing else, so it carries the optimistic lock (UPDATE … WHERE revision = ?).
     */
    @Version
    @Column(nullable = false)
    public int revision;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "disclosure_date")
    public LocalDate disclosureDate;

    @Column(name = "prior_income_total", precision = 18, scale = 2)
    public BigDecimal priorIncomeTotal;
    @Column(name = "prior_expenditure_total", precision = 18, scale = 2)
    public BigDecimal priorExpenditureTotal;
    @Column(name = "prior_gpb_expenditure", precision = 18, scale = 2)
    public BigDecimal priorGpbExpenditure;
    @Column(name = "prior_three_public", precision = 18, scale = 2)
    public BigDecimal priorThreePublic;
    @Column(name = "prior_operating", precision = 18, scale = 2)
    public BigDecimal priorOperating;

    @Column(name = "change_reason")
    public String changeReason;
    @Column(name = "three_public_change_reason")
    public String threePublicChangeReason;
    @Column(name = "operating_change_reason")
    public String operatingChangeReason;
    @Column(name = "other_notes")
    public String otherNotes;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "income_line", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "seq")
    public List<Lines.Income> income = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expenditure_line", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "seq")
    public List<Lines.Expenditure> expenditure = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "economic_line", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "seq")
    public List<Lines.Economic> economic = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "seq")
    public List<Lines.Project> projects = new ArrayList<>();

    /**
     * Named to sort after {@code projects}: Hibernate writes collections in attribute order, and an amount
     * references its project (foreign key), so projects must be inserted first.
     */
    @ElementCollection
    @CollectionTable(name = "project_amount", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderBy("projectSeq, seq")
    public List<Lines.ProjectAmount> projectsAmounts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "three_public_expense", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "seq")
    public List<Lines.ThreePublic> threePublic = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "operating_expense", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "seq")
    public List<Lines.Operating> operating = new ArrayList<>();
}
