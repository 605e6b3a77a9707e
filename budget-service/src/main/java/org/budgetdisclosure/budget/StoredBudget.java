package org.budgetdisclosure.budget;

import java.time.OffsetDateTime;

/** A budget as stored: the document, the hash of its content and when it last changed. */
public record StoredBudget(Budget budget, String contentHash, OffsetDateTime updatedAt) {
}
