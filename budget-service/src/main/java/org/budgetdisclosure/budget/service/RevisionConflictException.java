package org.budgetdisclosure.budget.service;

import org.budgetdisclosure.budget.FieldError;

import java.util.List;

/** A conflict whose findings name what is in the way (e.g. error-level checks blocking a publish): answered 409. */
public class RevisionConflictException extends ConflictException {

    private final List<FieldError> errors;

    public RevisionConflictException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
