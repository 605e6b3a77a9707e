package org.budgetdisclosure.budget.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.budgetdisclosure.budget.ExpenditureKind;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.ProjectCategory;
import org.budgetdisclosure.budget.ThreePublicExpenseItem;

import java.math.BigDecimal;

/** The rows of a budget's line tables, as embeddables: built once, never changed (a write replaces the list). */
public final class Lines {

    private Lines() {
    }

    @Embeddable
    public static class Income {
        @Enumerated(EnumType.STRING)
        @Column(name = "funding_source", nullable = false)
        public FundingSource fundingSource;
        @Column(name = "carried_over", nullable = false)
        public boolean carriedOver;
        @Column(nullable = false, precision = 18, scale = 2)
        public BigDecimal amount;

        protected Income() {
        }

        public Income(FundingSource fundingSource, boolean carriedOver, BigDecimal amount) {
            this.fundingSource = fundingSource;
            this.carriedOver = carriedOver;
            this.amount = amount;
        }
    }

    @Embeddable
    public static class Expenditure {
        @Column(name = "functional_code", nullable = false)
        public String functionalCode;
        @Enumerated(EnumType.STRING)
        @Column(name = "funding_source", nullable = false)
        public FundingSource fundingSource;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ExpenditureKind kind;
        @Column(name = "carried_over", nullable = false)
        public boolean carriedOver;
        @Column(nullable = false, precision = 18, scale = 2)
        public BigDecimal amount;

        protected Expenditure() {
        }

        public Expenditure(String functionalCode, FundingSource fundingSource, ExpenditureKind kind, boolean carriedOver,
                           BigDecimal amount) {
            this.functionalCode = functionalCode;
            this.fundingSource = fundingSource;
            this.kind = kind;
            this.carriedOver = carriedOver;
            this.amount = amount;
        }
    }

    @Embeddable
    public static class Economic {
        @Column(name = "economic_code", nullable = false)
        public String economicCode;
        @Enumerated(EnumType.STRING)
        @Column(name = "funding_source", nullable = false)
        public FundingSource fundingSource;
        @Column(name = "carried_over", nullable = false)
        public boolean carriedOver;
        @Column(nullable = false, precision = 18, scale = 2)
        public BigDecimal amount;

        protected Economic() {
        }

        public Economic(String economicCode, FundingSource fundingSource, boolean carriedOver, BigDecimal amount) {
            this.economicCode = economicCode;
            this.fundingSource = fundingSource;
            this.carriedOver = carriedOver;
            this.amount = amount;
        }
    }

    @Embeddable
    public static class Project {
        @Column(nullable = false)
        public String code;
        @Column(nullable = false)
        public String name;
        @Column(name = "functional_code", nullable = false)
        public String functionalCode;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ProjectCategory category;

        protected Project() {
        }

        public Project(String code, String name, String functionalCode, ProjectCategory category) {
            this.code = code;
            this.name = name;
            this.functionalCode = functionalCode;
            this.category = category;
        }
    }

    /** An amount of the project at {@code projectSeq}, {@code seq}-th of that project's amounts. */
    @Embeddable
    public static class ProjectAmount {
        @Column(name = "project_seq", nullable = false)
        public int projectSeq;
        @Column(nullable = false)
        public int seq;
        @Enumerated(EnumType.STRING)
        @Column(name = "funding_source", nullable = false)
        public FundingSource fundingSource;
        @Column(name = "carried_over", nullable = false)
        public boolean carriedOver;
        @Column(nullable = false, precision = 18, scale = 2)
        public BigDecimal amount;

        protected ProjectAmount() {
        }

        public ProjectAmount(int projectSeq, int seq, FundingSource fundingSource, boolean carriedOver, BigDecimal amount) {
            this.projectSeq = projectSeq;
            this.seq = seq;
            this.fundingSource = fundingSource;
            this.carriedOver = carriedOver;
            this.amount = amount;
        }
    }

    @Embeddable
    public static class ThreePublic {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ThreePublicExpenseItem item;
        @Enumerated(EnumType.STRING)
        @Column(name = "funding_source", nullable = false)
        public FundingSource fundingSource;
        @Column(nullable = false, precision = 18, scale = 2)
        public BigDecimal amount;

        protected ThreePublic() {
        }

        public ThreePublic(ThreePublicExpenseItem item, FundingSource fundingSource, BigDecimal amount) {
            this.item = item;
            this.fundingSource = fundingSource;
            this.amount = amount;
        }
    }

    @Embeddable
    public static class Operating {
        @Column(name = "unit_name", nullable = false)
        public String unitName;
        @Enumerated(EnumType.STRING)
        @Column(name = "funding_source", nullable = false)
        public FundingSource fundingSource;
        @Column(nullable = false, precision = 18, scale = 2)
        public BigDecimal amount;

        protected Operating() {
        }

        public Operating(String unitName, FundingSource fundingSource, BigDecimal amount) {
            this.unitName = unitName;
            this.fundingSource = fundingSource;
            this.amount = amount;
        }
    }
}
