package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One part's revision metadata (an item of {@code GET …/revisions}, or what a freeze or withdrawal answered): typed for
 * the revision rules, and {@link #metadata()} as the service gave it (without any {@code content}), because the
 * gateway's revision list shows each part's metadata as its service gave it.
 */
public record RevisionItem(Integer revision, String state, String publishedAt, String contentHash, Withdrawal withdrawal,
                           JsonNode metadata) {

    private static final ObjectMapper TYPED = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fields(Integer revision, String state, String publishedAt, String contentHash, Withdrawal withdrawal) {
    }

    /** Who withdrew it, when, why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Withdrawal(String at, String by, String reason) {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RevisionItem of(JsonNode metadata) {
        try {
            Fields f = TYPED.treeToValue(metadata, Fields.class);
            JsonNode shown = metadata;
            if (metadata instanceof ObjectNode o && o.has("content")) {
                ObjectNode copy = o.deepCopy();
                copy.remove("content");
                shown = copy;
            }
            return new RevisionItem(f.revision(), f.state(), f.publishedAt(), f.contentHash(), f.withdrawal(), shown);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a revision's metadata: " + e.getOriginalMessage(), e);
        }
    }

    /** What the gateway knows of a revision a service froze without saying more: its number. */
    public static RevisionItem numbered(int revision) {
        return of(JsonNodeFactory.instance.objectNode().put("revision", revision));
    }

    /** WITHDRAWN by state or by a withdrawal notice. */
    public boolean withdrawn() {
        return "WITHDRAWN".equals(state) || withdrawal != null;
    }
}
