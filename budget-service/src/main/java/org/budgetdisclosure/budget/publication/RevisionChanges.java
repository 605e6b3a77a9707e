package org.budgetdisclosure.budget.publication;

import org.budgetdisclosure.budget.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What changed against the previous revision (docs/publication.md). */
@Schema(description = "The JSON paths whose values differ from the previous revision, each with before/after (at most 200)")
public record RevisionChanges(
        @Schema(nullable = true, description = "null for revision 1", example = "1", minimum = "1", maximum = Limits.REVISIONS_MAX) Integer previousRevision,
        @Schema(description = "How many paths differ (all of them, also beyond the 200 listed)", example = "1", minimum = "0", maximum = "2147483647") int count,
        @Schema(description = "true when more than 200 paths differ") boolean truncated,
        @Schema(maxItems = JsonChanges.MAX_ITEMS) List<Item> items) {

    @Schema(name = "RevisionChange")
    public record Item(@Schema(example = "budget.texts.changeReason", maxLength = Limits.PATH) String path,
                       @Schema(implementation = Schema.True.class, description = "The value before (any JSON value; null where the path did not exist)") JsonNode before,
                       @Schema(implementation = Schema.True.class, description = "The value after (any JSON value; null where the path no longer exists)") JsonNode after) {
    }

    public static RevisionChanges first() {
        return new RevisionChanges(null, 0, false, List.of());
    }

    public static RevisionChanges of(int previousRevision, JsonChanges.Diff diff) {
        return new RevisionChanges(previousRevision, diff.count(), diff.truncated(),
                diff.items().stream().map(i -> new Item(i.path(), i.before(), i.after())).toList());
    }
}
