package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.budgetdisclosure.performance.ProjectAttribute;
import org.budgetdisclosure.performance.ProjectCategory;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.SourceType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of performance_form (项目支出绩效目标表) with its indicator rows. Not an API model and not the
 * domain record: {@code FormEntityMapper} maps it to and from {@code PerformanceForm}.
 */
@Entity
@Table(name = "performance_form")
public class PerformanceFormEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock for If-Match writes (V2 migration). */
    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "unit_code", nullable = false, length = 32, updatable = false)
    private String unitCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "project_code", nullable = false, length = 64, updatable = false)
    private String projectCode;
    @Column(name = "project_name", nullable = false)
    private String projectName;

    @Column(name = "form_title")
    private String formTitle;

    @Column(name = "form_subtitle")
    private String formSubtitle;

    @Column(name = "department_code", length = 32)
    private String departmentCode;

    @Column(name = "department_name")
    private String departmentName;

    @Column(name = "implementing_unit")
    private String implementingUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectAttribute attribute;

    @Column(name = "attribute_text")
    private String attributeText;

    @Column(name = "period_text")
    private String periodText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProjectCategory category;

    @Embedded
    @AttributeOverride(name = "total", column = @Column(name = "impl_total", precision = 18, scale = 2))
    @AttributeOverride(name = "central", column = @Column(name = "impl_central", precision = 18, scale = 2))
    @AttributeOverride(name = "provincial", column = @Column(name = "impl_provincial", precision = 18, scale = 2))
    @AttributeOverride(name = "municipal", column = @Column(name = "impl_municipal", precision = 18, scale = 2))
    @AttributeOverride(name = "selfRaised", column = @Column(name = "impl_self_raised", precision = 18, scale = 2))
    @AttributeOverride(name = "other", column = @Column(name = "impl_other", precision = 18, scale = 2))
    private FundsColumns implementationFunds = new FundsColumns();

    @Embedded
    @AttributeOverride(name = "total", column = @Column(name = "annual_total", precision = 18, scale = 2))
    @AttributeOverride(name = "central", column = @Column(name = "annual_central", precision = 18, scale = 2))
    @AttributeOverride(name = "provincial", column = @Column(name = "annual_provincial", precision = 18, scale = 2))
    @AttributeOverride(name = "municipal", column = @Column(name = "annual_municipal", precision = 18, scale = 2))
    @AttributeOverride(name = "selfRaised", column = @Column(name = "annual_self_raised", precision = 18, scale = 2))
    @AttributeOverride(name = "other", column = @Column(name = "annual_other", precision = 18, scale = 2))
    private FundsColumns annualFunds = new FundsColumns();

    private String overview;

    @Column(name = "legal_basis")
    private String legalBasis;

    private String necessity;

    private String safeguards;

    @Column(name = "implementation_plan")
    private String implementationPlan;

    @Column(name = "implementation_goal")
    private String implementationGoal;

    @Column(name = "annual_goal")
    private String annualGoal;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "filled_at")
    private OffsetDateTime filledAt;

    @Column(name = "filled_at_offset", length = 8)
    private String filledAtOffset;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    private String handler;

    private String phone;

    // taken in the JVM: a database-generated value would be read back with UPDATE … RETURNING, which hides a
    // failed @Version check (0 rows) behind "no generated values" instead of an optimistic-lock failure
    @CurrentTimestamp(source = SourceType.VM)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Both periods' rows, replaced as a whole on write. Batch-fetched when forms are loaded without a fetch join,
     * so a page of forms never loads its indicators one form at a time.
     */
    @ElementCollection
    @CollectionTable(name = "performance_indicator", joinColumns = @JoinColumn(name = "form_id"))
    @OrderBy("period, position")
    @BatchSize(size = 256)
    private List<IndicatorRow> indicators = new ArrayList<>();

    protected PerformanceFormEntity() {
    }

    public PerformanceFormEntity(String unitCode, int fiscalYear, String projectCode) {
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
        this.projectCode = projectCode;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getFormTitle() {
        return formTitle;
    }

    public void setFormTitle(String formTitle) {
        this.formTitle = formTitle;
    }

    public String getFormSubtitle() {
        return formSubtitle;
    }

    public void setFormSubtitle(String formSubtitle) {
        this.formSubtitle = formSubtitle;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public String getImplementingUnit() {
        return implementingUnit;
    }

    public void setImplementingUnit(String implementingUnit) {
        this.implementingUnit = implementingUnit;
    }

    public ProjectAttribute getAttribute() {
        return attribute;
    }

    public void setAttribute(ProjectAttribute attribute) {
        this.attribute = attribute;
    }

    public String getAttributeText() {
        return attributeText;
    }

    public void setAttributeText(String attributeText) {
        this.attributeText = attributeText;
    }

    public String getPeriodText() {
        return periodText;
    }

    public void setPeriodText(String periodText) {
        this.periodText = periodText;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public void setCategory(ProjectCategory category) {
        this.category = category;
    }

    public FundsColumns getImplementationFunds() {
        return implementationFunds;
    }

    public void setImplementationFunds(FundsColumns implementationFunds) {
        this.implementationFunds = implementationFunds;
    }

    public FundsColumns getAnnualFunds() {
        return annualFunds;
    }

    public void setAnnualFunds(FundsColumns annualFunds) {
        this.annualFunds = annualFunds;
    }

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = overview;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getNecessity() {
        return necessity;
    }

    public void setNecessity(String necessity) {
        this.necessity = necessity;
    }

    public String getSafeguards() {
        return safeguards;
    }

    public void setSafeguards(String safeguards) {
        this.safeguards = safeguards;
    }

    public String getImplementationPlan() {
        return implementationPlan;
    }

    public void setImplementationPlan(String implementationPlan) {
        this.implementationPlan = implementationPlan;
    }

    public String getImplementationGoal() {
        return implementationGoal;
    }

    public void setImplementationGoal(String implementationGoal) {
        this.implementationGoal = implementationGoal;
    }

    public String getAnnualGoal() {
        return annualGoal;
    }

    public void setAnnualGoal(String annualGoal) {
        this.annualGoal = annualGoal;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public OffsetDateTime getFilledAt() {
        return filledAt;
    }

    public void setFilledAt(OffsetDateTime filledAt) {
        this.filledAt = filledAt;
    }

    public String getFilledAtOffset() {
        return filledAtOffset;
    }

    public void setFilledAtOffset(String filledAtOffset) {
        this.filledAtOffset = filledAtOffset;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
