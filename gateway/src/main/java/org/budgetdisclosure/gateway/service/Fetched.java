package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;

/** One fetched resource: its JSON, or the status it answered, or why it could not be had. */
public record Fetched(String service, JsonNode json, int status, String failure) {

    public static Fetched failed(String service, String failure) {
        return new Fetched(service, null, 0, failure);
    }

    public boolean ok() {
        return json != null && status == 200;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean failedToAnswer() {
        return failure != null;
    }
}
