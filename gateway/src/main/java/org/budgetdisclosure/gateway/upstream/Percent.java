package org.budgetdisclosure.gateway.upstream;

import java.math.BigDecimal;

/** A share or change in percent as a service printed it ("66.70"). */
public final class Percent {

    private Percent() {
    }

    /** As the explanations print it: null when not given, "0" for zero (the seed writes "0%"), else as printed. */
    public static String text(String percent) {
        if (percent == null) {
            return null;
        }
        return isZero(percent) ? "0" : percent;
    }

    static boolean isZero(String decimal) {
        try {
            return new BigDecimal(decimal).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
