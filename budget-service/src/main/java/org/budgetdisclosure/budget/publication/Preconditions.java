package org.budgetdisclosure.budget.publication;

/**
 * The precondition rule for a draft write (docs/publication.md, "Draft writes"): an update or delete of something
 * that exists needs {@code If-Match} naming its current strong ETag (428 without one, 412 on a mismatch); a create
 * takes {@code If-None-Match: *} or no precondition (412 when it exists after all, e.g. another create won).
 * {@code If-Match: *} names no version and counts as none.
 */
public final class Preconditions {

    public enum Outcome { PROCEED, REQUIRED, FAILED }

    private Preconditions() {
    }

    /**
     * @param currentEtag the quoted ETag of what exists now, or null when nothing exists
     */
    public static Outcome decide(String ifMatch, String ifNoneMatch, String currentEtag) {
        boolean namesVersion = ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.trim());
        boolean createOnly = ifNoneMatch != null && "*".equals(ifNoneMatch.trim());
        if (currentEtag == null) {
            return namesVersion ? Outcome.FAILED : Outcome.PROCEED;
        }
        if (createOnly) {
            return Outcome.FAILED;
        }
        if (!namesVersion) {
            return Outcome.REQUIRED;
        }
        return matches(ifMatch, currentEtag) ? Outcome.PROCEED : Outcome.FAILED;
    }

    /** Whether one of the strong tags of an If-Match list is the current one (weak tags never match). */
    public static boolean matches(String ifMatch, String currentEtag) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (!tag.startsWith("W/") && tag.equals(currentEtag)) {
                return true;
            }
        }
        return false;
    }
}
