package org.budgetdisclosure.gateway.service;

import java.util.function.Function;

/** One fetched resource: its body read into the gateway's own record, or the status it answered, or why it could not be had. */
public record Fetched<T>(String service, T body, int status, String failure) {

    public static <T> Fetched<T> failed(String service, String failure) {
        return new Fetched<>(service, null, 0, failure);
    }

    public static <T> Fetched<T> found(String service, T body) {
        return new Fetched<>(service, body, 200, null);
    }

    public static <T> Fetched<T> notFoundAt(String service) {
        return new Fetched<>(service, null, 404, null);
    }

    public boolean ok() {
        return body != null && status == 200;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean failedToAnswer() {
        return failure != null;
    }

    /** The same outcome without a body (a failure, or the status answered), as a fetch of another type. */
    public <U> Fetched<U> withoutBody() {
        return new Fetched<>(service, null, status, failure);
    }

    /** A member of the body as if fetched on its own: absent (null) is "not found". */
    public <U> Fetched<U> member(Function<T, U> member) {
        if (!ok()) {
            return withoutBody();
        }
        U value = member.apply(body);
        return value == null ? notFoundAt(service) : found(service, value);
    }
}
