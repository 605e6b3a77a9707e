package org.budgetdisclosure.budget.rest;

import org.budgetdisclosure.budget.Limits;
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

    /** A cursor is what a page's {@code next} held: at most {@link Limits#CURSOR} characters. */
    static void checkCursor(String after) {
        checkLength("after", after, Limits.CURSOR);
    }

    /** A query text of at most {@code max} characters. */
    static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequestException("The " + field + " parameter is too long",
                    List.of(new FieldError(field, "must be at most " + max + " characters")));
        }
    }

    /** A region filter is a 6-digit administrative region code. */
    static void checkRegion(String region) {
        if (region != null && !region.matches("[0-9]{6}")) {
            throw new InvalidRequestException("The region parameter is not valid",
                    List.of(new FieldError("region", "must be a 6-digit administrative region code")));
        }
    }

    /** A year filter is a fiscal year the service can hold. */
    static void checkYear(String field, Integer year) {
        if (year != null && (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR)) {
            throw new InvalidRequestException("The " + field + " parameter is out of range",
                    List.of(new FieldError(field, "must be between " + Limits.MIN_YEAR + " and " + Limits.MAX_YEAR + ": " + year)));
        }
    }

    static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, UriInfo uri, String next) {
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next");
        }
        return response;
    }
}
