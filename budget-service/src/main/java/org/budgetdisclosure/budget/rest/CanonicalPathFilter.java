package org.budgetdisclosure.budget.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.budget.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Only canonical paths reach a resource: the raw path (before any decoding) must be plain ASCII letters, digits and
 * {@code / - _ .} — no {@code ;} matrix parameters (JAX-RS drops them from path parameters, so {@code 402001;x=1}
 * would alias {@code 402001}), no percent-encoding at all (no encoded slashes, dots, NUL or full-width digits such as
 * {@code ２０２５}, which {@code Integer.parseInt} accepts), no control characters, no empty, {@code .} or {@code ..}
 * segments. Under {@code /api/v1/budgets/} and {@code /api/v1/classifications/} and {@code /api/v1/economic-mappings/}
 * a year segment is exactly four ASCII digits and a table or revision number has no sign or leading zero.
 * Anything else is answered 400 problem+json naming {@code path}, never routed.
 */
public class CanonicalPathFilter {

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_.-]*");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    @ServerRequestFilter(preMatching = true, priority = 6000)
    public Optional<Response> refuseAliases(ContainerRequestContext request, HttpServerRequest http) {
        // the request line as received: JAX-RS's own URI already has matrix parameters cut off
        String uri = http.uri();
        int query = uri.indexOf('?');
        String raw = query < 0 ? uri : uri.substring(0, query);
        String reason = reason(raw);
        if (reason == null) {
            return Optional.empty();
        }
        Object id = request.getProperty(RequestIdFilter.PROPERTY);
        return Optional.of(Problems.response(Problem.Kind.MALFORMED_REQUEST, "The path is not canonical", "The path " + reason,
                raw == null ? "" : raw.replaceAll("[^\\x21-\\x7e]", "?"), id == null ? null : id.toString(),
                List.of(new FieldError("path", reason))));
    }

    /** Why a raw path is refused, or null when it is canonical. */
    static String reason(String raw) {
        if (raw == null || !SAFE.matcher(raw).matches()) {
            return "may hold only ASCII letters, digits, '/', '-', '_' and '.' (no ';', no percent-encoding, no control characters)";
        }
        String[] segments = raw.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if ((segment.isEmpty() && i < segments.length - 1) || segment.equals(".") || segment.equals("..")) {
                return "has an empty, '.' or '..' segment";
            }
        }
        if (segments.length >= 3 && segments[0].equals("api") && segments[1].equals("v1")) {
            return apiReason(segments);
        }
        return null;
    }

    private static String apiReason(String[] s) {
        String root = s[2];
        if (root.equals("budgets") && s.length >= 5) {
            if (!UNIT.matcher(s[3]).matches()) {
                return "names a unit code that is not 1 to 32 ASCII letters, digits, '-' or '_'";
            }
            if (!YEAR.matcher(s[4]).matches()) {
                return "names a year that is not four ASCII digits";
            }
            if (s.length >= 7 && (s[5].equals("tables") || s[5].equals("revisions")) && !NUMBER.matcher(s[6]).matches()) {
                return "names a " + (s[5].equals("tables") ? "table" : "revision") + " number that is not ASCII digits without a leading zero";
            }
        }
        if (root.equals("units") && s.length >= 4 && !UNIT.matcher(s[3]).matches()) {
            return "names a unit code that is not 1 to 32 ASCII letters, digits, '-' or '_'";
        }
        if (root.equals("classifications") && s.length >= 5 && !YEAR.matcher(s[4]).matches()) {
            return "names a year that is not four ASCII digits";
        }
        if (root.equals("economic-mappings") && s.length >= 4 && !YEAR.matcher(s[3]).matches()) {
            return "names a year that is not four ASCII digits";
        }
        return null;
    }
}
