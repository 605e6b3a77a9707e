package org.budgetdisclosure.asset;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which raw request paths name a resource canonically. Anything else is refused before routing, so no alias
 * (a matrix parameter JAX-RS would drop, full-width or other-script digits that Integer.parseInt accepts,
 * percent-encoded slashes, dots or control characters, dot segments) ever reaches a real resource. Pure.
 * <ul>
 * <li>the raw path is printable ASCII without {@code ;}, {@code \}, {@code //} or dot segments;</li>
 * <li>percent-escapes are allowed only for characters outside the ASCII range that no path parameter of this
 * service accepts anyway: so in effect none (every escape is refused);</li>
 * <li>under {@code /api/v1/assets/}: the first segment is {@code audit} or a unit code
 * ({@link #UNIT_CODE}), a year segment is {@link #YEAR}, a register id is {@link #ITEM_ID}.</li>
 * </ul>
 */
public final class CanonicalPath {

    public static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Za-z]{1,32}");
    public static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    public static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern PRINTABLE_ASCII_PATH = Pattern.compile("/[\\x21-\\x7E]*");
    private static final String ASSETS = "/api/v1/assets/";

    private CanonicalPath() {
    }

    /** Empty when the raw path is canonical; otherwise why not (for the 400 problem). */
    public static Optional<String> problem(String rawPath) {
        if (rawPath == null || !PRINTABLE_ASCII_PATH.matcher(rawPath).matches()) {
            return Optional.of("the path must be printable ASCII (no spaces, control characters or other scripts)");
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("matrix parameters (;) are not accepted");
        }
        if (rawPath.indexOf('%') >= 0) {
            return Optional.of("percent-encoded characters are not accepted in the path");
        }
        if (rawPath.indexOf('\\') >= 0 || rawPath.contains("//")) {
            return Optional.of("empty segments and backslashes are not accepted");
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("dot segments are not accepted");
            }
        }
        if (!rawPath.startsWith(ASSETS)) {
            return Optional.empty();
        }
        String[] rest = rawPath.substring(ASSETS.length()).split("/", -1);
        if (rest.length == 1 && rest[0].equals("audit")) {
            return Optional.empty();
        }
        if (!UNIT_CODE.matcher(rest[0]).matches()) {
            return Optional.of("unitCode must be 1–32 ASCII letters or digits");
        }
        if (rest.length >= 2) {
            String second = rest[1];
            boolean register = second.equals("vehicles") || second.equals("equipment");
            if (register && rest.length >= 3 && !isItemId(rest[2])) {
                return Optional.of("a register id must be 1–64 ASCII letters, digits, '.', '_' or '-'");
            }
            if (!register && !YEAR.matcher(second).matches()) {
                return Optional.of("year must be four ASCII digits");
            }
        }
        return Optional.empty();
    }

    public static boolean isItemId(String id) {
        return id != null && ITEM_ID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }
}
