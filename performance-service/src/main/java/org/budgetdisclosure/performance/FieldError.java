package org.budgetdisclosure.performance;

/** One rejected field of a request: its JSON path and the reason. */
public record FieldError(String field, String reason) {
}
