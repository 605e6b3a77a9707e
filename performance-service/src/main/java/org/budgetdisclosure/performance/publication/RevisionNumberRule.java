package org.budgetdisclosure.performance.publication;

/**
 * Which revision number may be frozen now (docs/publication.md, PUT …/revisions/{n}): the next one
 * (latest + 1, or 1 when none) freezes the draft; the latest again with an unchanged draft is a replay of the
 * same publish (200, or 412 under {@code If-None-Match: *}); anything else is a conflict naming the next number.
 * {@code latest} is the highest revision number ever frozen for the unit-year, withdrawn or not.
 */
public final class RevisionNumberRule {

    public enum Outcome { FREEZE, REPLAY, REPLAY_REFUSED, CONFLICT }

    public record Decision(Outcome outcome, int expectedNext) {
    }

    private RevisionNumberRule() {
    }

    public static Decision decide(Integer latest, int requested, String draftHash, String latestHash,
                                  boolean ifNoneMatchAny) {
        int next = latest == null ? 1 : latest + 1;
        if (requested == next) {
            return new Decision(Outcome.FREEZE, next);
        }
        if (latest != null && requested == latest && draftHash != null && draftHash.equals(latestHash)) {
            return new Decision(ifNoneMatchAny ? Outcome.REPLAY_REFUSED : Outcome.REPLAY, next);
        }
        return new Decision(Outcome.CONFLICT, next);
    }
}
