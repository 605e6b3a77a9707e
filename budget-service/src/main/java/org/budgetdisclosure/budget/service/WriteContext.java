package org.budgetdisclosure.budget.service;

import jakarta.enterprise.context.RequestScoped;

/** What the audit log records of the request a write came with: method, path and request id (set by a request filter). */
@RequestScoped
public class WriteContext {

    private String method = "";
    private String path = "";
    private String requestId;

    public void set(String method, String path, String requestId) {
        this.method = method;
        this.path = path;
        this.requestId = requestId;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String requestId() {
        return requestId;
    }
}
