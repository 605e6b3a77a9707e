package org.budgetdisclosure.budget.service;

import org.budgetdisclosure.budget.FieldError;

import java.util.List;

/** A well-formed request that breaks the rules: answered 422 with every field error. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
