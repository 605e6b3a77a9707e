package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.RequestScoped;

/** The HTTP request a write came in with, as the audit log records it (set by the request-id filter). */
@RequestScoped
public class RequestInfo {

    private String method;
    private String path;
    private String requestId;

    public void set(String method, String path, String requestId) {
        this.method = method;
        this.path = path;
        this.requestId = requestId;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String requestId() {
        return requestId;
    }
}
