package org.budgetdisclosure.asset.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies larger than asset.max-request-bytes with a 413 problem before they are read.
 * (quarkus.http.limits.max-body-size stays above this as a backstop for bodies without a length.)
 */
public class BodySizeFilter {

    @ConfigProperty(name = "asset.max-request-bytes", defaultValue = "1048576")
    long maxBytes;

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void limitBodySize(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (bytes > maxBytes) {
            throw new ApiProblem(413, "payload-too-large", "Payload too large",
                    "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted", java.util.List.of());
        }
    }
}
