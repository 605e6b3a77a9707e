package org.budgetdisclosure.gateway.publication;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.gateway.Disclosure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A complete disclosure revision: its number, state and each part's revision metadata as the part's service gave it. */
@Schema(description = "A complete revision of a disclosure (every part has it), with each part's revision metadata")
@JsonPropertyOrder({"unitCode", "fiscalYear", "revision", "state", "publishedAt", "withdrawal", "href", "parts"})
public record DisclosureRevision(
        @Schema(example = "402001") String unitCode,
        @Schema(example = "2025") int fiscalYear,
        @Schema(example = "2") int revision,
        @Schema(example = "PUBLISHED", enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
        @Schema(description = "When the last part was frozen", example = "2025-05-14T08:00:00Z", nullable = true) String publishedAt,
        @Schema(description = "The withdrawal notice (of the first part withdrawn)", nullable = true) Disclosure.Withdrawal withdrawal,
        @Schema(description = "The document of this revision", example = "/api/v1/disclosures/402001/2025?revision=2") String href,
        @Schema(description = "budget, performance, assets: revision metadata (publishedAt, publishedBy, contentHash, changes, withdrawal)")
        Map<String, JsonNode> parts) {

    /** The revisions of a unit-year that are complete, newest first. */
    @Schema(description = "The complete revisions of a disclosure, newest first")
    public record Page(@Schema(example = "402001") String unitCode, @Schema(example = "2025") int fiscalYear,
                       @Schema(description = "The revision served by default: newest complete, not withdrawn", example = "2", nullable = true) Integer latest,
                       List<DisclosureRevision> items) {
    }
}
