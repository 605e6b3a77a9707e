package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One part's {@code GET …/revisions}: its latest revision (null when none, or not said), the draft's content hash
 * (only for callers who may read the draft) and the revisions' metadata.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevisionList(Integer latest, String draftHash, List<RevisionItem> items) {

    public RevisionList {
        items = Lists.orEmpty(items);
    }
}
