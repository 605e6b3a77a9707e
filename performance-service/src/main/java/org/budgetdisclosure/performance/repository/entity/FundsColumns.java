package org.budgetdisclosure.performance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One period's 项目资金 columns of performance_form (impl_* or annual_*); null = blank cell. */
@Embeddable
public class FundsColumns {

    @Column(precision = 18, scale = 2)
    private BigDecimal total;
    @Column(precision = 18, scale = 2)
    private BigDecimal central;
    @Column(precision = 18, scale = 2)
    private BigDecimal provincial;
    @Column(precision = 18, scale = 2)
    private BigDecimal municipal;
    @Column(name = "self_raised", precision = 18, scale = 2)
    private BigDecimal selfRaised;
    @Column(precision = 18, scale = 2)
    private BigDecimal other;

    public FundsColumns() {
    }

    public FundsColumns(BigDecimal total, BigDecimal central, BigDecimal provincial, BigDecimal municipal,
                        BigDecimal selfRaised, BigDecimal other) {
        this.total = total;
        this.central = central;
        this.provincial = provincial;
        this.municipal = municipal;
        this.selfRaised = selfRaised;
        this.other = other;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getCentral() {
        return central;
    }

    public BigDecimal getProvincial() {
        return provincial;
    }

    public BigDecimal getMunicipal() {
        return municipal;
    }

    public BigDecimal getSelfRaised() {
        return selfRaised;
    }

    public BigDecimal getOther() {
        return other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FundsColumns f && java.util.Objects.equals(total, f.total)
                && java.util.Objects.equals(central, f.central) && java.util.Objects.equals(provincial, f.provincial)
                && java.util.Objects.equals(municipal, f.municipal) && java.util.Objects.equals(selfRaised, f.selfRaised)
                && java.util.Objects.equals(other, f.other);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(total, central, provincial, municipal, selfRaised, other);
    }
}
