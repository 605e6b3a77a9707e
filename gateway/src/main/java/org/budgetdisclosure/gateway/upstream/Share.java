package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One part of a total (by source, kind, class or item): its code, name, amount and share in percent as printed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Share(String code, String name, Amount amount, String percent) {

    public Share {
        amount = Amount.orNone(amount);
    }

    /** The share as printed, "0" for zero; null when not given. */
    public String percentText() {
        return Percent.text(percent);
    }
}
