package org.budgetdisclosure.budget.repository.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.budgetdisclosure.budget.ProjectCategory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A project of a budget, keyed (budget_id, seq), with its amounts (project_amount, keyed by the project and seq). */
@Entity
@Table(name = "project")
public class ProjectEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "functional_code", nullable = false)
    public String functionalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectCategory category;

    @ElementCollection
    @CollectionTable(name = "project_amount", joinColumns = {
            @JoinColumn(name = "budget_id", referencedColumnName = "budget_id"),
            @JoinColumn(name = "project_seq", referencedColumnName = "seq")})
    @OrderColumn(name = "seq")
    public List<Lines.ProjectAmount> amounts = new ArrayList<>();

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "budget_id", nullable = false)
        public long budgetId;
        @Column(nullable = false)
        public int seq;

        protected Key() {
        }

        public Key(long budgetId, int seq) {
            this.budgetId = budgetId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.budgetId == budgetId && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(budgetId, seq);
        }
    }
}
