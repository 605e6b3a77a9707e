package org.budgetdisclosure.budget.publication;

import java.util.regex.Pattern;

/** The {@code ?revision=} parameter: absent or {@code latest}, {@code draft}, or a revision number. */
public record RevisionSelector(Kind kind, int number) {

    public enum Kind { LATEST, DRAFT, NUMBER }

    public static final RevisionSelector LATEST = new RevisionSelector(Kind.LATEST, 0);
    public static final RevisionSelector DRAFT = new RevisionSelector(Kind.DRAFT, 0);
    /** ASCII digits only, no sign, no leading zero, at most 9 digits. */
    public static final String PATTERN = "^(latest|draft|[1-9][0-9]{0,8})$";
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    /** Null when the value is none of the three. */
    public static RevisionSelector parse(String value) {
        if (value == null || value.equals("latest")) {
            return LATEST;
        }
        if (value.equals("draft")) {
            return DRAFT;
        }
        if (NUMBER.matcher(value).matches()) {
            return new RevisionSelector(Kind.NUMBER, Integer.parseInt(value));
        }
        return null;
    }
}
