package org.budgetdisclosure.asset;

/**
 * Which revision number may be frozen now (docs/publication.md, PUT …/revisions/{n}). Pure.
 * <ul>
 * <li>n = latest + 1 (1 when none): freeze the draft as n (201);</li>
 * <li>n = latest and the draft's hash equals revision n's: a replay of the same publish (200), unless the caller
 * sent {@code If-None-Match: *} (412);</li>
 * <li>anything else: 409 naming the expected next revision.</li>
 * </ul>
 * "latest" is the newest revision number, withdrawn or not: numbers are never reused.
 */
public final class RevisionRule {

    private RevisionRule() {
    }

    public enum Decision { FREEZE, REPLAY, PRECONDITION_FAILED, DRAFT_DIFFERS, WRONG_NUMBER }

    /**
     * @param latest      the newest revision number, or null when none exists
     * @param requested   the n of the PUT
     * @param draftHash   the draft's content hash now
     * @param latestHash  revision latest's content hash (null when none)
     * @param ifNoneMatchStar whether the PUT carried {@code If-None-Match: *}
     */
    public static Decision decide(Integer latest, int requested, String draftHash, String latestHash,
                                  boolean ifNoneMatchStar) {
        int next = expectedNext(latest);
        if (requested == next) {
            return Decision.FREEZE;
        }
        if (latest != null && requested == latest) {
            if (!draftHash.equals(latestHash)) {
                return Decision.DRAFT_DIFFERS;
            }
            return ifNoneMatchStar ? Decision.PRECONDITION_FAILED : Decision.REPLAY;
        }
        return Decision.WRONG_NUMBER;
    }

    public static int expectedNext(Integer latest) {
        return latest == null ? 1 : latest + 1;
    }
}
