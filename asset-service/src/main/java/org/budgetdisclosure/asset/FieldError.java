package org.budgetdisclosure.asset;

/** A rejected input field: its JSON path (e.g. {@code items[2].amount}) and why. */
public record FieldError(String field, String reason) {
}
