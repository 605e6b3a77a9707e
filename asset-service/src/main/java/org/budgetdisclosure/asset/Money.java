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
        if (raw == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (raw.length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT_LENGTH + " characters"));
            return null;
        }
        // Strictly the written form: ASCII digits, at most two decimals, nothing else — no sign, exponent, spaces,
        // full-width or other-script digits (BigDecimal and trim() would read "1e3", "+5", " 5", "５" and "-0.00").
        if (raw.startsWith("-") && DECIMAL.matcher(raw.substring(1)).matches()) {
            errors.add(new FieldError(field, "must not be negative"));
            return null;
        }
        if (!DECIMAL.matcher(raw).matches()) {
            errors.add(new FieldError(field, "must be a decimal number such as \"3800.00\""));
            return null;
        }
        if (raw.indexOf('.') >= 0 && raw.length() - raw.indexOf('.') - 1 > SCALE) {
            errors.add(new FieldError(field, "must have at most two decimals"));
            return null;
        }
        BigDecimal scaled = new BigDecimal(raw).setScale(SCALE, RoundingMode.UNNECESSARY);
        if (scaled.precision() - scaled.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new FieldError(field, "must have at most 16 integer digits"));
            return null;
        }
        return scaled;
    }

    /** ASCII digits with an optional fraction of ASCII digits; the scale is checked on its own to name the fault. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

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
