package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.budgetdisclosure.performance.ProjectCategory;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.SourceType;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of managed_goal: a project under goal management whose form is not printed. */
@Entity
@Table(name = "managed_goal")
public class ManagedGoalEntity {

    @EmbeddedId
    private ProjectKey key;

    @Column(name = "project_name", nullable = false)
    private String projectName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProjectCategory category;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private boolean published;

    // taken in the JVM, as for forms: no read-back of a database-generated value after each write
    @CurrentTimestamp(source = SourceType.VM)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ManagedGoalEntity() {
    }

    public ManagedGoalEntity(ProjectKey key) {
        this.key = key;
    }

    public ProjectKey getKey() {
        return key;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public void setCategory(ProjectCategory category) {
        this.category = category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
