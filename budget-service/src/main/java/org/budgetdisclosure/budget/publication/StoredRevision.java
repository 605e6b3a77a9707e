package org.budgetdisclosure.budget.publication;

import java.time.OffsetDateTime;

/**
 * A frozen revision as stored: {@code content} is the exact JSON text served (its UTF-8 bytes hash to
 * {@code contentHash}); {@code changes} the JSON text of what changed against the previous revision.
 */
public record StoredRevision(String unitCode, int fiscalYear, int revision, String content, String contentHash,
                             String changes, OffsetDateTime publishedAt, String publishedBy,
                             OffsetDateTime withdrawnAt, String withdrawnBy, String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
