package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.WriteRules;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Path and query parameters: unit codes, fiscal years, page limits and cursors. */
final class Keys {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** A cursor encodes a register id of at most 64 characters: 88 in base64url; documented as 128. */
    static final int MAX_CURSOR = 128;

    private Keys() {
    }

    static String unitCode(String raw) {
        if (raw == null || !raw.matches("[0-9A-Za-z]{1,32}")) {
            throw ApiProblem.invalid("unitCode must be 1–32 letters or digits",
                    List.of(new FieldError("unitCode", "must be 1–32 letters or digits")));
        }
        return raw;
    }

    static int year(String raw) {
        int year;
        try {
            year = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.malformed("year must be an integer such as 2025",
                    List.of(new FieldError("year", "must be an integer such as 2025")));
        }
        List<FieldError> errors = WriteRules.yearInRange(year);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("year " + year + " is out of range", errors);
        }
        return year;
    }

    /** A revision number in a path: 1–999999 in ASCII digits. */
    static int revision(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,5}")) {
            throw ApiProblem.malformed("revision must be a number 1–999999",
                    List.of(new FieldError("n", "must be a revision number 1–999999 in ASCII digits")));
        }
        return Integer.parseInt(raw);
    }

    static int limit(Integer raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        if (raw < 1 || raw > MAX_LIMIT) {
            throw ApiProblem.malformed("limit must be between 1 and " + MAX_LIMIT,
                    List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return raw;
    }

    static String cursor(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    static String afterId(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_CURSOR) {
            throw ApiProblem.malformed("after is not a cursor from this API",
                    List.of(new FieldError("after", "is at most " + MAX_CURSOR + " characters")));
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.malformed("after is not a cursor from this API",
                    List.of(new FieldError("after", "is not a cursor returned by this API")));
        }
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw ApiProblem.malformed("A JSON body is required", List.of(new FieldError("body", "is required")));
        }
        return body;
    }
}
