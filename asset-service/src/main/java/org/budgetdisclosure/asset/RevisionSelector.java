package org.budgetdisclosure.asset;

import java.util.List;
import java.util.Optional;

/**
 * The {@code ?revision=} of a unit-year read (docs/publication.md): absent or {@code latest}, {@code draft},
 * or a revision number 1–999999 in ASCII digits. Anything else is refused (400). Pure.
 */
public record RevisionSelector(Kind kind, int number) {

    public enum Kind { LATEST, DRAFT, NUMBER }

    public static final RevisionSelector LATEST = new RevisionSelector(Kind.LATEST, 0);
    public static final RevisionSelector DRAFT = new RevisionSelector(Kind.DRAFT, 0);

    /** Empty when the value is not one of the accepted forms. */
    public static Optional<RevisionSelector> parse(String raw) {
        if (raw == null || raw.equals("latest")) {
            return Optional.of(LATEST);
        }
        if (raw.equals("draft")) {
            return Optional.of(DRAFT);
        }
        if (raw.matches("[1-9][0-9]{0,5}")) {
            return Optional.of(new RevisionSelector(Kind.NUMBER, Integer.parseInt(raw)));
        }
        return Optional.empty();
    }

    public static List<FieldError> problem(String raw) {
        return List.of(new FieldError("revision", "must be latest, draft or a revision number 1–999999 (was '"
                + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "')"));
    }

    public boolean draft() {
        return kind == Kind.DRAFT;
    }
}
