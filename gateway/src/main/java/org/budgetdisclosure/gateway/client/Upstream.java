package org.budgetdisclosure.gateway.client;

import java.util.List;
import java.util.Map;

/** A service's answer as received: status, headers, body bytes. */
public record Upstream(int status, Map<String, List<String>> headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
