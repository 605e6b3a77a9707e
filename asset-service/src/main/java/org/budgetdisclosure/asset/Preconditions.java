package org.budgetdisclosure.asset;

import java.util.Arrays;

/**
 * The preconditions of a draft write (docs/publication.md "Draft writes"). Pure.
 * <ul>
 * <li>an update or delete of something that exists needs {@code If-Match}: without it 428;</li>
 * <li>{@code If-Match} that does not match the current ETag (or names something that does not exist): 412;</li>
 * <li>a create by PUT takes {@code If-None-Match: *} (412 when the resource exists) or no precondition.</li>
 * </ul>
 */
public final class Preconditions {

    private Preconditions() {
    }

    public enum Verdict { PROCEED, PRECONDITION_REQUIRED, MISMATCH, EXISTS, MISSING }

    /**
     * @param currentTag the current representation's ETag value (without quotes), or null when nothing exists
     */
    public static Verdict check(String currentTag, String ifMatch, String ifNoneMatch) {
        boolean exists = currentTag != null;
        if (ifNoneMatch != null && ifNoneMatch.trim().equals("*") && exists) {
            return Verdict.EXISTS;
        }
        if (ifMatch == null) {
            return exists ? Verdict.PRECONDITION_REQUIRED : Verdict.PROCEED;
        }
        if (!exists) {
            return Verdict.MISSING;
        }
        return matchesStrongly(ifMatch, currentTag) ? Verdict.PROCEED : Verdict.MISMATCH;
    }

    /**
     * If-Match list semantics with the strong comparison RFC 9110 (13.1.1) requires: {@code *}, or one of the listed
     * tags exactly; a weak tag ({@code W/"…"}) never matches, since a write must not rest on a representation that
     * is only equivalent.
     */
    public static boolean matchesStrongly(String header, String tag) {
        return header.trim().equals("*") || Arrays.stream(header.split(","))
                .map(String::trim)
                .anyMatch(t -> t.equals("\"" + tag + "\""));
    }

    /** If-None-Match list semantics (weak comparison, RFC 9110 13.1.2): {@code *}, or one of the listed tags, W/ or not. */
    public static boolean matches(String header, String tag) {
        return header.trim().equals("*") || Arrays.stream(header.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("\"" + tag + "\""));
    }
}
