package org.budgetdisclosure.performance.service;

/** An update or delete of existing content without If-Match carrying the ETag read (428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String detail) {
        super(detail);
    }
}
