package org.budgetdisclosure.gateway.publication;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One part's {@code GET …/revisions} answer as the gateway reads it: the part's latest revision number (0 when
 * none), the draft's content hash (only given to callers who may read the draft), and each revision's metadata by
 * number. Read defensively: {@code latest} absent is taken as the highest item; an item without a number is ignored.
 */
public record PartRevisions(Part part, int latest, String draftHash, Map<Integer, JsonNode> items) {

    public static PartRevisions none(Part part) {
        return new PartRevisions(part, 0, null, Map.of());
    }

    public static PartRevisions of(Part part, JsonNode list) {
        Map<Integer, JsonNode> items = new TreeMap<>();
        for (JsonNode item : list.path("items")) {
            if (item.path("revision").canConvertToInt() && item.path("revision").asInt() > 0) {
                items.put(item.path("revision").asInt(), item);
            }
        }
        int latest = list.path("latest").canConvertToInt() ? list.path("latest").asInt()
                : items.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        String draftHash = list.path("draftHash").isTextual() ? list.path("draftHash").asText() : null;
        return new PartRevisions(part, latest, draftHash, Collections.unmodifiableMap(items));
    }

    public boolean has(int revision) {
        return items.containsKey(revision);
    }

    /** WITHDRAWN by state or by a withdrawal notice. */
    public boolean withdrawn(int revision) {
        JsonNode item = items.get(revision);
        return item != null && ("WITHDRAWN".equals(item.path("state").asText()) || item.path("withdrawal").isObject());
    }

    public String contentHash(int revision) {
        JsonNode item = items.get(revision);
        return item == null || !item.path("contentHash").isTextual() ? null : item.path("contentHash").asText();
    }

    /** The same list with one revision's metadata added or replaced (what a PUT or withdrawal answered). */
    public PartRevisions with(int revision, JsonNode metadata) {
        Map<Integer, JsonNode> next = new TreeMap<>(items);
        next.put(revision, metadata);
        return new PartRevisions(part, Math.max(latest, revision), draftHash, Collections.unmodifiableMap(next));
    }
}
