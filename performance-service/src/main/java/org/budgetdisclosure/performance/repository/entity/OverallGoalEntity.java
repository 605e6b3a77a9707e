package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.SourceType;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of overall_goal: the unit's 整体绩效目标 of a year and the figures kept beside it. */
@Entity
@Table(name = "overall_goal")
public class OverallGoalEntity {

    @EmbeddedId
    private UnitYearKey key;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "region_name")
    private String regionName;

    @Column(nullable = false)
    private boolean reported;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "goal_text")
    private String goalText;

    private String statement;

    @Column(name = "project_expenditure_total", precision = 18, scale = 2)
    private BigDecimal projectExpenditureTotal;

    // taken in the JVM, as for forms: no read-back of a database-generated value after each write
    @CurrentTimestamp(source = SourceType.VM)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OverallGoalEntity() {
    }

    public OverallGoalEntity(UnitYearKey key) {
        this.key = key;
    }

    public UnitYearKey getKey() {
        return key;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public boolean isReported() {
        return reported;
    }

    public void setReported(boolean reported) {
        this.reported = reported;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getGoalText() {
        return goalText;
    }

    public void setGoalText(String goalText) {
        this.goalText = goalText;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public BigDecimal getProjectExpenditureTotal() {
        return projectExpenditureTotal;
    }

    public void setProjectExpenditureTotal(BigDecimal projectExpenditureTotal) {
        this.projectExpenditureTotal = projectExpenditureTotal;
    }
}
