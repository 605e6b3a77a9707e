package org.budgetdisclosure.performance.service;

/** If-Match did not match the stored resource (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String detail) {
        super(detail);
    }
}
