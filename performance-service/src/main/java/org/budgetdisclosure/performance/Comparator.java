package org.budgetdisclosure.performance;

import java.util.Arrays;
import java.util.Optional;

/** The comparator that opens a target value (≥90%, ≤20万元, =1). */
public enum Comparator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    GT(">"),
    LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Comparator> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value) || v.symbol.equals(value)).findFirst();
    }
}
