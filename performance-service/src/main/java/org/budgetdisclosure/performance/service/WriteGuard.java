package org.budgetdisclosure.performance.service;

/**
 * The precondition rule of every draft write (docs/publication.md, "Draft writes"), pure: an update or delete of
 * existing content needs {@code If-Match} with the ETag read (428 without it, and {@code *} is not an ETag read;
 * 412 when it does not match); a create takes {@code If-None-Match: *} (412 when the resource exists) or no
 * precondition, and an If-Match on something that does not exist is 412.
 */
public final class WriteGuard {

    public enum Verdict { PROCEED, PRECONDITION_REQUIRED, PRECONDITION_FAILED }

    private WriteGuard() {
    }

    /**
     * @param currentEtag the quoted ETag of the stored resource, null when there is none
     * @param ifMatch the If-Match header, null when absent
     * @param ifNoneMatch the If-None-Match header, null when absent
     */
    public static Verdict check(String currentEtag, String ifMatch, String ifNoneMatch) {
        boolean exists = currentEtag != null;
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*") && exists) {
            return Verdict.PRECONDITION_FAILED;
        }
        if (!exists) {
            return ifMatch == null ? Verdict.PROCEED : Verdict.PRECONDITION_FAILED;
        }
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Verdict.PRECONDITION_REQUIRED;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            // a weak validator never matches under If-Match (RFC 9110 §13.1.1: strong comparison)
            if (tag.equals(currentEtag)) {
                return Verdict.PROCEED;
            }
        }
        return Verdict.PRECONDITION_FAILED;
    }

    /** Throws the answer of a verdict other than PROCEED; {@code what} names the resource in the detail. */
    public static void enforce(Verdict verdict, String what) {
        switch (verdict) {
            case PRECONDITION_REQUIRED -> throw new PreconditionRequiredException("Changing or deleting the " + what
                    + " needs If-Match with the ETag read (a GET answers it)");
            case PRECONDITION_FAILED -> throw new PreconditionFailedException("The precondition does not hold for the "
                    + what + " as stored (If-Match / If-None-Match)");
            case PROCEED -> {
            }
        }
    }
}
