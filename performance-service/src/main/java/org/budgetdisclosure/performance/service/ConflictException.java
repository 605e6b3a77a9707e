package org.budgetdisclosure.performance.service;

import org.budgetdisclosure.performance.FieldError;

import java.util.List;

/** The request conflicts with the stored state (409); {@code errors} names what is in the way, when known. */
public class ConflictException extends RuntimeException {

    private final List<FieldError> errors;

    public ConflictException(String detail) {
        this(detail, List.of());
    }

    public ConflictException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
