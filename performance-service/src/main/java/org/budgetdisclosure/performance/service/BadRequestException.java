package org.budgetdisclosure.performance.service;

import org.budgetdisclosure.performance.FieldError;

import java.util.List;

/** A request that cannot be read as meant: a bad query or path parameter (400), naming the field. */
public class BadRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
