package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an asset revision froze ({@code GET /api/v1/assets/{u}/{y}/revisions/{n}} {@code content}): the snapshot (null:
 * no asset data that year) whose procurement and purchased services are, where the snapshot does not have the field
 * at all, the revision's own. Grids and statement are not used.
 */
public record AssetContent(AssetSnapshot snapshot) {

    private static final ObjectMapper TYPED = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fields(AssetSnapshot snapshot, AssetSnapshot.Procurement procurement, AssetSnapshot.PurchasedServices purchasedServices) {
    }

    /** Read once from the content as it arrived; "does the snapshot have the field" is a question of the JSON. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AssetContent of(JsonNode content) {
        try {
            Fields f = TYPED.treeToValue(content, Fields.class);
            if (f.snapshot() == null) {
                return new AssetContent(null);
            }
            JsonNode snapshot = content.get("snapshot");
            return new AssetContent(f.snapshot().orFrom(snapshot.has("procurement") ? null : f.procurement(),
                    snapshot.has("purchasedServices") ? null : f.purchasedServices()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an asset revision's content: " + e.getOriginalMessage(), e);
        }
    }
}
