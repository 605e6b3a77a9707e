package org.budgetdisclosure.gateway.publication;

import org.budgetdisclosure.gateway.upstream.RevisionItem;
import org.budgetdisclosure.gateway.upstream.RevisionList;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One part's {@code GET …/revisions} answer as the gateway reads it: the part's latest revision number (0 when
 * none), the draft's content hash (only given to callers who may read the draft), and each revision's metadata by
 * number. Read defensively: {@code latest} absent is taken as the highest item; an item without a number is ignored.
 */
public record PartRevisions(Part part, int latest, String draftHash, Map<Integer, RevisionItem> items) {

    public static PartRevisions none(Part part) {
        return new PartRevisions(part, 0, null, Map.of());
    }

    public static PartRevisions of(Part part, RevisionList list) {
        Map<Integer, RevisionItem> items = new TreeMap<>();
        for (RevisionItem item : list.items()) {
            if (item != null && item.revision() != null && item.revision() > 0) {
                items.put(item.revision(), item);
            }
        }
        int latest = list.latest() != null ? list.latest()
                : items.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new PartRevisions(part, latest, list.draftHash(), Collections.unmodifiableMap(items));
    }

    public boolean has(int revision) {
        return items.containsKey(revision);
    }

    /** WITHDRAWN by state or by a withdrawal notice. */
    public boolean withdrawn(int revision) {
        RevisionItem item = items.get(revision);
        return item != null && item.withdrawn();
    }

    public String contentHash(int revision) {
        RevisionItem item = items.get(revision);
        return item == null ? null : item.contentHash();
    }

    /** The same list with one revision's metadata added or replaced (what a PUT or withdrawal answered). */
    public PartRevisions with(int revision, RevisionItem metadata) {
        Map<Integer, RevisionItem> next = new TreeMap<>(items);
        next.put(revision, metadata);
        return new PartRevisions(part, Math.max(latest, revision), draftHash, Collections.unmodifiableMap(next));
    }
}
