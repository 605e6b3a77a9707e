package org.budgetdisclosure.gateway.rest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.gateway.Bounds;
import org.budgetdisclosure.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.List;

/**
 * The gateway's public base URL: {@code gateway.public-base-url} when set, else the request's scheme and host as
 * Quarkus sees them (which honours {@code Forwarded}/{@code X-Forwarded-*} only when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is enabled). Rewrites a service's absolute URLs to it.
 */
@ApplicationScoped
public class PublicUrls {

    @Inject
    GatewayConfig config;

    /**
     * A configured public base URL is at most {@value Bounds#PUBLIC_BASE_URL} characters: the OpenAPI document bounds the
     * Location of a published revision by it.
     */
    void check(@Observes StartupEvent start) {
        config.publicBaseUrl().ifPresent(url -> {
            if (url.length() > Bounds.PUBLIC_BASE_URL) {
                throw new IllegalStateException("GATEWAY_PUBLIC_BASE_URL is " + url.length() + " characters long; at most "
                        + Bounds.PUBLIC_BASE_URL + " are allowed");
            }
        });
    }

    public String base(UriInfo uri) {
        return config.publicBaseUrl().map(PublicUrls::trim).orElseGet(() -> {
            URI request = uri.getRequestUri();
            return request.getScheme() + "://" + request.getRawAuthority();
        });
    }

    /**
     * A Location or Link header value of a service's answer, made to name the gateway: every occurrence of one of
     * the services' base URLs becomes the gateway's, and a Location that is a bare path is made absolute under it.
     */
    public static String rewrite(String value, List<String> serviceUrls, String gateway, boolean location) {
        if (value == null) {
            return null;
        }
        String out = value;
        for (String service : serviceUrls) {
            String s = trim(service);
            if (!s.isEmpty()) {
                out = out.replace(s, gateway);
            }
        }
        if (location && out.startsWith("/") && !out.startsWith("//")) {
            out = gateway + out;
        }
        return out;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
