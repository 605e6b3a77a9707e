package org.budgetdisclosure.gateway.publication;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.gateway.Bounds;
import org.budgetdisclosure.gateway.Disclosure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A complete disclosure revision: its number, state and each part's revision metadata as the part's service gave it. */
@Schema(description = "A complete revision of a disclosure (every part has it), with each part's revision metadata")
@JsonPropertyOrder({"unitCode", "fiscalYear", "revision", "state", "publishedAt", "withdrawal", "href", "parts"})
public record DisclosureRevision(
        @Schema(example = "402001", maxLength = Bounds.UNIT_CODE, pattern = Bounds.UNIT_CODE_PATTERN) String unitCode,
        @Schema(example = "2025", format = "int32", minimum = Bounds.YEAR_MIN_TEXT, maximum = Bounds.YEAR_MAX_TEXT) int fiscalYear,
        @Schema(example = "2", format = "int32", minimum = "1", maximum = Bounds.REVISION_TEXT,
                description = "budget-service numbers revisions 1–1000; a complete revision is one every part has") int revision,
        @Schema(example = "PUBLISHED", enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
        @Schema(description = "When the last part was frozen (the parts' publishedAt)", example = "2025-05-14T08:00:00Z", nullable = true,
                format = "date-time", maxLength = Bounds.TIMESTAMP) String publishedAt,
        @Schema(description = "The withdrawal notice (of the first part withdrawn)", nullable = true) Disclosure.Withdrawal withdrawal,
        @Schema(description = "The document of this revision", example = "/api/v1/disclosures/402001/2025?revision=2",
                maxLength = Bounds.REVISION_HREF) String href,
        @Schema(description = "budget, performance, assets: each part's revision metadata as its service gives it (publishedAt, "
                + "publishedBy, contentHash, changes, withdrawal)", maxProperties = 3)
        Map<String, JsonNode> parts) {

    /** The revisions of a unit-year that are complete, newest first. */
    @Schema(description = "The complete revisions of a disclosure, newest first")
    public record Page(@Schema(example = "402001", maxLength = Bounds.UNIT_CODE, pattern = Bounds.UNIT_CODE_PATTERN) String unitCode,
                       @Schema(example = "2025", format = "int32", minimum = Bounds.YEAR_MIN_TEXT, maximum = Bounds.YEAR_MAX_TEXT) int fiscalYear,
                       @Schema(description = "The revision served by default: newest complete, not withdrawn", example = "2", nullable = true,
                               format = "int32", minimum = "1", maximum = Bounds.REVISION_TEXT) Integer latest,
                       @Schema(maxItems = Bounds.REVISION, description = "At most one per revision budget-service keeps (1000)")
                       List<DisclosureRevision> items) {
    }
}
