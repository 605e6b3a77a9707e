package org.budgetdisclosure.asset;

import java.util.List;

/** A write broke input or hard rules; nothing was stored. Rendered as 422 validation-failed. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("the request breaks " + errors.size() + " rule(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
