package org.budgetdisclosure.performance.publication;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code ?revision=} of a read: absent or {@code latest} (the newest published, not withdrawn revision),
 * {@code draft}, or a revision number 1–999999999 in ASCII digits without sign or leading zero. Anything else
 * is not a selector (the caller answers 400 naming the parameter).
 */
public record RevisionSelector(Kind kind, int number) {

    public enum Kind { LATEST, DRAFT, NUMBER }

    public static final RevisionSelector LATEST = new RevisionSelector(Kind.LATEST, 0);
    public static final RevisionSelector DRAFT = new RevisionSelector(Kind.DRAFT, 0);
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    public static Optional<RevisionSelector> parse(String value) {
        if (value == null || value.equals("latest")) {
            return Optional.of(LATEST);
        }
        if (value.equals("draft")) {
            return Optional.of(DRAFT);
        }
        if (NUMBER.matcher(value).matches()) {
            return Optional.of(new RevisionSelector(Kind.NUMBER, Integer.parseInt(value)));
        }
        return Optional.empty();
    }

    public boolean isDraft() {
        return kind == Kind.DRAFT;
    }
}
