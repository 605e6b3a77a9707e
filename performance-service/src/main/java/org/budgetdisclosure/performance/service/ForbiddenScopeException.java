package org.budgetdisclosure.performance.service;

/** A valid token whose unit scope does not cover what the request names (403). */
public class ForbiddenScopeException extends RuntimeException {

    public ForbiddenScopeException(String detail) {
        super(detail);
    }
}
