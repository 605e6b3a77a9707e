package org.budgetdisclosure.budget.publication;

import org.budgetdisclosure.budget.Limits;

/**
 * Which revision number may be frozen now (docs/publication.md, {@code PUT …/revisions/{n}}): with {@code latest}
 * the highest revision that exists (0 when none),
 * <ul>
 *   <li>{@code n = latest + 1}: freeze the draft as n ({@link Outcome#FREEZE});</li>
 *   <li>{@code n = latest} and the draft's hash equals revision n's: a replay of the same publish
 *       ({@link Outcome#REPLAY}), unless the caller sent {@code If-None-Match: *} ({@link Outcome#EXISTS}, 412);</li>
 *   <li>anything else: {@link Outcome#WRONG_NUMBER} (409 naming {@code latest + 1}).</li>
 * </ul>
 */
public final class RevisionRule {

    public enum Outcome { FREEZE, REPLAY, EXISTS, WRONG_NUMBER, TOO_MANY }

    /** A unit-year has at most this many revisions: revision n ≤ {@link Limits#MAX_REVISIONS}. */
    public static final int MAX_REVISIONS = Limits.MAX_REVISIONS;

    private RevisionRule() {
    }

    public static Outcome decide(int requested, int latest, String latestHash, String draftHash, boolean ifNoneMatchAny) {
        if (requested == latest + 1) {
            return requested > MAX_REVISIONS ? Outcome.TOO_MANY : Outcome.FREEZE;
        }
        if (requested == latest && latest > 0 && latestHash != null && latestHash.equals(draftHash)) {
            return ifNoneMatchAny ? Outcome.EXISTS : Outcome.REPLAY;
        }
        return Outcome.WRONG_NUMBER;
    }

    public static int next(int latest) {
        return latest + 1;
    }
}
