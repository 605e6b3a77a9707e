package org.budgetdisclosure.performance;

import java.math.BigDecimal;

/**
 * A parsed 指标值: comparator (or none), a number and/or a qualitative word, and a unit; the
 * text always kept exactly as written. "提高2户" is word 提高, number 2, unit 户.
 */
public record Target(String text, Comparator comparator, BigDecimal number, String word, String unit) {

    public boolean hasNumber() {
        return number != null;
    }

    /** The number in yuan when the unit is a money unit (万元 or 元), else null. */
    public BigDecimal amountInYuan() {
        if (number == null || unit == null) {
            return null;
        }
        return switch (unit) {
            case "万元" -> number.multiply(BigDecimal.valueOf(10000));
            case "元" -> number;
            default -> null;
        };
    }
}
