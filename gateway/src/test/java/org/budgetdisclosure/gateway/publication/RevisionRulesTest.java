package org.budgetdisclosure.gateway.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.gateway.upstream.RevisionList;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A part's list: revision numbers, those withdrawn, the draft hash; content hash of n is "h" + n. */
    private static PartRevisions part(Part part, List<Integer> revisions, List<Integer> withdrawn, String draftHash) {
        ObjectNode list = JSON.createObjectNode();
        if (revisions.isEmpty()) {
            list.putNull("latest");
        } else {
            list.put("latest", revisions.stream().mapToInt(Integer::intValue).max().getAsInt());
        }
        if (draftHash != null) {
            list.put("draftHash", draftHash);
        }
        ArrayNode items = list.putArray("items");
        for (int n : revisions) {
            ObjectNode item = items.addObject().put("revision", n).put("contentHash", "h" + n)
                    .put("state", withdrawn.contains(n) ? "WITHDRAWN" : "PUBLISHED");
            if (withdrawn.contains(n)) {
                item.putObject("withdrawal").put("reason", "wrong");
            } else {
                item.putNull("withdrawal");
            }
        }
        return PartRevisions.of(part, read(list));
    }

    /** The list as the gateway reads it when it arrives. */
    private static RevisionList read(JsonNode list) {
        try {
            return JSON.treeToValue(list, RevisionList.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRevisionIsCompleteOnlyWhenEveryPartHasIt() {
        var parts = List.of(part(Part.BUDGET, List.of(1, 2), List.of(), null), part(Part.PERFORMANCE, List.of(1, 2), List.of(), null),
                part(Part.ASSETS, List.of(1), List.of(), null));
        assertThat(RevisionRules.complete(parts)).containsExactly(1);
        assertThat(RevisionRules.isComplete(parts, 2)).isFalse();
        assertThat(RevisionRules.latest(parts)).as("readers keep revision 1 while 2 is half frozen").isEqualTo(1);
    }

    @Test
    void latestIsTheNewestCompleteRevisionThatNoPartHasWithdrawn() {
        var parts = List.of(part(Part.BUDGET, List.of(1, 2, 3), List.of(), null), part(Part.PERFORMANCE, List.of(1, 2, 3), List.of(3), null),
                part(Part.ASSETS, List.of(1, 2, 3), List.of(), null));
        assertThat(RevisionRules.latest(parts)).isEqualTo(2);
        assertThat(RevisionRules.withdrawn(parts, 3)).isTrue();
    }

    @Test
    void nothingPublishedMeansNoLatest() {
        var parts = List.of(part(Part.BUDGET, List.of(), List.of(), "d"), part(Part.PERFORMANCE, List.of(), List.of(), "d"),
                part(Part.ASSETS, List.of(), List.of(), "d"));
        assertThat(RevisionRules.latest(parts)).isZero();
        RevisionRules.Plan plan = RevisionRules.plan(parts);
        assertThat(plan.current()).isZero();
        assertThat(plan.next()).isEqualTo(1);
        assertThat(plan.toComplete()).isEmpty();
        assertThat(RevisionRules.nothingNew(parts, 0)).isFalse();
    }

    @Test
    void aPublishFirstCompletesThePartsOneRevisionBehind() {
        var parts = List.of(part(Part.BUDGET, List.of(1, 2), List.of(), null), part(Part.PERFORMANCE, List.of(1), List.of(), null),
                part(Part.ASSETS, List.of(1), List.of(), null));
        RevisionRules.Plan plan = RevisionRules.plan(parts);
        assertThat(plan.current()).isEqualTo(2);
        assertThat(plan.toComplete()).containsExactly(Part.PERFORMANCE, Part.ASSETS);
        assertThat(plan.inconsistency()).isNull();
    }

    @Test
    void aPartFurtherBehindCannotBeBroughtTogether() {
        var parts = List.of(part(Part.BUDGET, List.of(1, 2, 3), List.of(), null), part(Part.PERFORMANCE, List.of(1), List.of(), null),
                part(Part.ASSETS, List.of(1, 2, 3), List.of(), null));
        assertThat(RevisionRules.plan(parts).inconsistency()).contains("performance is at revision 1");
    }

    @Test
    void nothingIsNewWhenEveryDraftHashEqualsTheRevisionsContentHash() {
        var same = List.of(part(Part.BUDGET, List.of(1, 2), List.of(), "h2"), part(Part.PERFORMANCE, List.of(1, 2), List.of(), "h2"),
                part(Part.ASSETS, List.of(1, 2), List.of(), "h2"));
        assertThat(RevisionRules.nothingNew(same, 2)).isTrue();
        var changed = List.of(part(Part.BUDGET, List.of(1, 2), List.of(), "h2"), part(Part.PERFORMANCE, List.of(1, 2), List.of(), "x"),
                part(Part.ASSETS, List.of(1, 2), List.of(), "h2"));
        assertThat(RevisionRules.nothingNew(changed, 2)).isFalse();
        var unknown = List.of(part(Part.BUDGET, List.of(1, 2), List.of(), null), part(Part.PERFORMANCE, List.of(1, 2), List.of(), "h2"),
                part(Part.ASSETS, List.of(1, 2), List.of(), "h2"));
        assertThat(RevisionRules.nothingNew(unknown, 2)).as("no draft hash: treated as changed").isFalse();
    }

    @Test
    void aListWithoutLatestTakesTheHighestItemAndIgnoresItemsWithoutANumber() {
        JsonNode list = JSON.createObjectNode().set("items", JSON.createArrayNode().add(JSON.createObjectNode().put("revision", 2))
                .add(JSON.createObjectNode().put("state", "PUBLISHED")));
        PartRevisions p = PartRevisions.of(Part.ASSETS, read(list));
        assertThat(p.latest()).isEqualTo(2);
        assertThat(p.items()).containsOnlyKeys(2);
        assertThat(p.draftHash()).isNull();
    }

    @Test
    void unitScopeCoversExactCodesPrefixesAndEverything() {
        assertThat(UnitScope.covers(List.of("402001"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("4020*"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("*"), "402001")).isTrue();
        assertThat(UnitScope.covers(List.of("402002", "4021*"), "402001")).isFalse();
        assertThat(UnitScope.mayReadDraft(List.of("viewer"), List.of("402001"), "402001")).isTrue();
        assertThat(UnitScope.mayReadDraft(List.of("somebody"), List.of("402001"), "402001")).isFalse();
    }
}
