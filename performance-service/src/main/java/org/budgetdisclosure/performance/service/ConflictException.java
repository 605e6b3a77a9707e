package org.budgetdisclosure.performance.service;

/** The request conflicts with the stored state (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
