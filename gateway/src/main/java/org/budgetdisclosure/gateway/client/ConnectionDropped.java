package org.budgetdisclosure.gateway.client;

/**
 * The connection closed (or was reset) after the request went out and before any answer came back: the service may
 * or may not have done the work. Only a request that is safe to repeat may be sent again on this failure.
 */
public class ConnectionDropped extends ServiceUnavailableException {

    public ConnectionDropped(String service, String message, Throwable cause) {
        super(service, message, cause);
    }
}
