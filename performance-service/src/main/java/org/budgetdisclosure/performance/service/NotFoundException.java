package org.budgetdisclosure.performance.service;

/** The addressed resource does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
