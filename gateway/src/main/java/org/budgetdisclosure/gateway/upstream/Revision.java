package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET {part}/revisions/{n}} of each part: the metadata (read from the revision lists, not from here) and the
 * frozen content, of the part's own type (null when the service answered a revision without content).
 */
public final class Revision {

    private Revision() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfBudget(BudgetContent content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfPerformance(PerformanceContent content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfAssets(AssetContent content) {
    }
}
