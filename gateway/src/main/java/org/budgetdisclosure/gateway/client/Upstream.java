package org.budgetdisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A service's answer as received: status, headers, body bytes. */
public record Upstream(int status, Map<String, List<String>> headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json(ObjectMapper mapper) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
