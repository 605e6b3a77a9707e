package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** An amount as budget-service's figures give it: exact yuan, and 万元 as printed ("422.96"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Amount(BigDecimal yuan, String wan) {

    /** No amount (the field was absent or null): reads as zero. */
    public static final Amount NONE = new Amount(null, null);

    public boolean isZero() {
        return yuan == null || yuan.signum() == 0;
    }

    /** As the explanations print it, without the unit: "0" for zero (as the official documents write "0万元"), else the printed 万元. */
    public String text() {
        return isZero() ? "0" : wan;
    }

    /** A 万元 string as a service printed it, as the explanations print it: "0" for zero or absent, else as printed. */
    public static String wanText(String wan) {
        return wan == null || Percent.isZero(wan) ? "0" : wan;
    }

    public static Amount orNone(Amount a) {
        return a == null ? NONE : a;
    }
}
