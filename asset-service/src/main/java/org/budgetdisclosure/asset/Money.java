package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Exact amounts in yuan (two decimals) and their 万元 display form. Never a double.
 * The same parsing serves areas in m², which follow the same two-decimal rule.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final int MAX_INTEGER_DIGITS = 16;
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private Money() {
    }

    /**
     * Parses a non-negative decimal string with at most two decimals and sixteen integer digits.
     * Adds a {@link FieldError} and returns null when the value is missing (and required) or bad.
     */
    /** The longest amount text accepted (documented as maxLength); 16 integer digits and 2 decimals fit easily. */
    public static final int MAX_TEXT_LENGTH = 32;

    public static BigDecimal parse(String raw, String field, boolean required, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (raw.length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT_LENGTH + " characters"));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a decimal number such as \"3800.00\""));
            return null;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            errors.add(new FieldError(field, "must have at most two decimals"));
            return null;
        }
        BigDecimal scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        if (scaled.precision() - scaled.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new FieldError(field, "must have at most 16 integer digits"));
            return null;
        }
        return scaled;
    }

    /** "3800.00" */
    public static String format(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** 万元 with two decimals, half-up, from the exact amount: 3800.00 → "0.38". */
    public static String wan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
