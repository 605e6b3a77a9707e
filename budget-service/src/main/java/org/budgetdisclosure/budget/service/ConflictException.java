package org.budgetdisclosure.budget.service;

/** The request conflicts with the resource's state (e.g. a unit that still has budgets): answered 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
