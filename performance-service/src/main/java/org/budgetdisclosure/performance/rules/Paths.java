package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.Period;

/** Field and indicator paths used in findings and problem details. */
public final class Paths {

    private Paths() {
    }

    public static String indicatorField(Period period, int index, String leaf) {
        return "indicators." + period.jsonName() + "[" + index + "]" + (leaf == null ? "" : "." + leaf);
    }

    public static String indicatorPath(Indicator indicator) {
        return indicator.level1().label() + "/" + indicator.level2().label()
                + (indicator.name() == null ? "" : "/" + indicator.name());
    }
}
