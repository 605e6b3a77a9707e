package org.budgetdisclosure.budget.service;

/** The named resource does not exist (or is not visible): answered 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
