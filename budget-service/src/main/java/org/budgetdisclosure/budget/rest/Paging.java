package org.budgetdisclosure.budget.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.budget.service.InvalidRequestException;
import org.budgetdisclosure.budget.FieldError;

import java.util.List;

/** Cursor pagination: a bounded limit, and a Link rel="next" header beside the body's {@code next}. */
final class Paging {

    private Paging() {
    }

    static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidRequestException("The page size is out of range",
                    List.of(new FieldError("limit", "must be between 1 and " + max + ": " + limit)));
        }
    }

    static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, UriInfo uri, String next) {
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next");
        }
        return response;
    }
}
