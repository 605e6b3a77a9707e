package org.budgetdisclosure.performance.service;

import org.budgetdisclosure.performance.FieldError;

import java.util.List;

/** A well-formed request whose content is invalid (422). */
public class ValidationFailedException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationFailedException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
