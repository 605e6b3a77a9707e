package org.budgetdisclosure.performance.mapping;

import org.budgetdisclosure.performance.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Collects field errors while reading a request document; every reader names its field. */
public final class FieldReader {

    private static final Pattern MONEY = Pattern.compile(FieldLimits.MONEY_PATTERN);

    private final List<FieldError> errors = new ArrayList<>();

    public List<FieldError> errors() {
        return errors;
    }

    public void reject(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    public String text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "is required");
            }
            return value == null || value.isEmpty() ? null : value;
        }
        if (FieldLimits.tooLong(value, max)) {
            reject(field, "must be at most " + max + " characters");
        }
        return value;
    }

    public BigDecimal money(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                reject(field, "is required");
            }
            return null;
        }
        String v = value;
        if (v.startsWith("-")) {
            reject(field, "must not be negative");
            return null;
        }
        if (FieldLimits.tooLong(v, FieldLimits.MONEY) || !MONEY.matcher(v).matches()) {
            reject(field, "must be an amount in yuan with at most two decimals and at most 16 integer digits, e.g. \"400000.00\"");
            return null;
        }
        return new BigDecimal(v).setScale(2);
    }

    public <E> E choice(String field, String value, Function<String, Optional<E>> parser, String allowed) {
        if (value == null || value.isBlank()) {
            reject(field, "is required; one of " + allowed);
            return null;
        }
        Optional<E> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            reject(field, "must be one of " + allowed);
            return null;
        }
        return parsed.get();
    }
}
