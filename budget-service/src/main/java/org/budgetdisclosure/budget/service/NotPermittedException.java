package org.budgetdisclosure.budget.service;

/** The caller's roles do not allow this write (e.g. an editor publishing a budget): answered 403, nothing changed. */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
