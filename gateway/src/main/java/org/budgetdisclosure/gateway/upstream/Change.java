package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A figure against last year as budget-service's figures give it: this year, last year (null when unknown), the
 * change, its direction (INCREASE, DECREASE, UNCHANGED; null when last year is unknown) and the change in percent as
 * printed ("52.48").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(Amount current, Amount prior, Amount change, String direction, String percent) {

    /** No figure at all (absent or null). */
    public static final Change NONE = new Change(null, null, null, null, null);

    public Change {
        current = Amount.orNone(current);
        change = Amount.orNone(change);
    }

    public static Change orNone(Change c) {
        return c == null ? NONE : c;
    }

    /** Last year is known, so there is a change to state. */
    public boolean known() {
        return direction != null;
    }

    public boolean unchanged() {
        return "UNCHANGED".equals(direction);
    }

    public boolean up() {
        return "INCREASE".equals(direction);
    }

    /** It went up or down: a reason for it may be given. */
    public boolean changed() {
        return known() && !unchanged();
    }

    /** The change in percent as printed, "0" for zero; null when not given. */
    public String percentText() {
        return Percent.text(percent);
    }

    /** Nothing this year and nothing (or nothing known) last year: the section says there is none. */
    public boolean nothing() {
        return current.isZero() && (prior == null || prior.isZero());
    }

    public boolean nonZero() {
        return current.yuan() != null && current.yuan().signum() != 0;
    }
}
