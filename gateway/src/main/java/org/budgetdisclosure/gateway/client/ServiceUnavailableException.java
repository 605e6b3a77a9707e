package org.budgetdisclosure.gateway.client;

/** A service did not answer, answered 5xx, or its breaker is open. Counts as a failure of the breaker. */
public class ServiceUnavailableException extends RuntimeException {
    private final String service;

    public ServiceUnavailableException(String service, String message, Throwable cause) {
        super(message, cause, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
