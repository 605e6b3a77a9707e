package org.budgetdisclosure.performance.security;

import org.budgetdisclosure.performance.FieldError;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a raw request path under {@code /api/} is the one canonical spelling of a resource, so that no alias
 * reaches a real one: only ASCII letters, digits, {@code _ -} and single slashes (no {@code ;} matrix parameters,
 * no percent-escapes of any kind — so no encoded slash, dot, NUL or full-width digit —, no dot segments, no
 * control characters); a unit code {@code [A-Za-z0-9_-]{1,32}}, a year exactly four ASCII digits, a project code
 * {@code [A-Za-z0-9_-]{1,64}}. (Java's Integer.parseInt reads "２０２５", "+2025" and "02025" as 2025: the year is
 * checked here, before any parameter is converted.)
 */
public final class CanonicalPath {

    private static final String ROOT = "/api/v1/performance";
    private static final Pattern CHARACTERS = Pattern.compile("(/[A-Za-z0-9_-]+)+/?");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Segments after the root that are not unit codes. */
    private static final Set<String> ROOT_RESOURCES = Set.of("forms", "audit");
    /** Collections under a unit-year whose next segment is a project code. */
    private static final Set<String> BY_PROJECT = Set.of("forms", "goals");

    private CanonicalPath() {
    }

    /** The reason a raw path is refused, or empty when it is canonical (or not under /api/). */
    public static Optional<FieldError> problem(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/api/")) {
            return Optional.empty();
        }
        if (!CHARACTERS.matcher(rawPath).matches()) {
            return Optional.of(new FieldError("path", "may hold only ASCII letters, digits, _ and - between single slashes "
                    + "(no ; parameters, percent-escapes, dot segments or control characters)"));
        }
        if (!rawPath.startsWith(ROOT + "/")) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(ROOT.length() + 1).split("/");
        if (segments.length < 2 || ROOT_RESOURCES.contains(segments[0])) {
            return Optional.empty();
        }
        if (!UNIT.matcher(segments[0]).matches()) {
            return Optional.of(new FieldError("unitCode", "must match [A-Za-z0-9_-]{1,32}"));
        }
        if (!YEAR.matcher(segments[1]).matches()) {
            return Optional.of(new FieldError("year", "must be four ASCII digits"));
        }
        if (segments.length >= 4 && BY_PROJECT.contains(segments[2]) && !PROJECT.matcher(segments[3]).matches()) {
            return Optional.of(new FieldError("projectCode", "must match [A-Za-z0-9_-]{1,64}"));
        }
        return Optional.empty();
    }
}
