package org.budgetdisclosure.budget.service;

/** If-Match named another version than the current one: answered 412. */
public class PreconditionFailedException extends RuntimeException {
    public PreconditionFailedException(String message) {
        super(message);
    }
}
