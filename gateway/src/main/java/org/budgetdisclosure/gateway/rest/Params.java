package org.budgetdisclosure.gateway.rest;

import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.gateway.Bounds;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The parameters of the disclosure operations, checked the same way by every operation before anything is asked:
 * a value no disclosure can have is a 400 problem naming the parameter. {@link GatewayOpenApiFilter} declares the
 * same limits in the OpenAPI document.
 */
public final class Params {

    /** A unit code as budget-service defines it. */
    static final Pattern UNIT_CODE = Pattern.compile(Bounds.UNIT_CODE_PATTERN);
    /** A revision number in a path: 1–999999999, written without leading zeros. */
    public static final String REVISION_PATTERN = "^[1-9][0-9]{0,8}$";
    /** {@code ?revision=}: latest, draft or a revision number; absent or empty is latest. */
    public static final String REVISION_QUERY_PATTERN = "^(latest|draft|[1-9][0-9]{0,8})?$";
    public static final int REVISION_QUERY = 9;
    public static final String REVISION_MAX_TEXT = "999999999";
    private static final Pattern REVISION = Pattern.compile(REVISION_PATTERN);
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    /** How much of a refused value a problem's detail quotes. */
    static final int ECHO = 64;

    private Params() {
    }

    /** The 400 for a unit code or year no disclosure can have; null when both are fine. */
    static Response unitAndYear(String unitCode, String yearText, String instance, String requestId) {
        if (unitCode == null || !UNIT_CODE.matcher(unitCode).matches()) {
            return Problems.of(Problem.Kind.MALFORMED_REQUEST, "unitCode must be 1–" + Bounds.UNIT_CODE
                            + " letters, digits, '-' or '_', not " + echo(unitCode), instance, requestId,
                    List.of(new Problem.FieldError("unitCode", "must match " + Bounds.UNIT_CODE_PATTERN)), null);
        }
        if (year(yearText) == null) {
            return Problems.of(Problem.Kind.MALFORMED_REQUEST, "year must be an integer from " + Bounds.YEAR_MIN + " to "
                            + Bounds.YEAR_MAX + ", not " + echo(yearText), instance, requestId,
                    List.of(new Problem.FieldError("year", "must be an integer from " + Bounds.YEAR_MIN + " to " + Bounds.YEAR_MAX)), null);
        }
        return null;
    }

    /** The year of a path: four digits, 2000–2100 (budget-service's fiscal years); null otherwise. */
    static Integer year(String text) {
        if (text == null || !YEAR.matcher(text).matches()) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year >= Bounds.YEAR_MIN && year <= Bounds.YEAR_MAX ? year : null;
    }

    /** A revision number of a path or query: 1–999999999 without leading zeros; null otherwise. */
    static Integer revision(String text) {
        return text != null && REVISION.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    /** A refused value as a problem quotes it: at most {@value #ECHO} characters. */
    static String echo(String value) {
        if (value == null) {
            return "nothing";
        }
        return value.length() <= ECHO ? value : value.substring(0, ECHO) + "…";
    }
}
