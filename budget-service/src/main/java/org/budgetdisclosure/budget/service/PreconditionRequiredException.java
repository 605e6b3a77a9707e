package org.budgetdisclosure.budget.service;

/** An update or delete without If-Match naming the version it replaces: answered 428. */
public class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException(String message) {
        super(message);
    }
}
