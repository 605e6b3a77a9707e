package org.budgetdisclosure.asset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of the publication lifecycle, without a database. */
class PublicationRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    // ---- content hash -----------------------------------------------------------------------

    @Test
    void theContentHashIsSha256OfTheUtf8BytesWithItsPrefix() {
        assertThat(ContentHash.of("")).isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.of("{\"a\":\"单位\"}")).isEqualTo(ContentHash.of("{\"a\":\"单位\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(ContentHash.of("{\"a\":1}")).isNotEqualTo(ContentHash.of("{\"a\": 1}"));
    }

    // ---- diff -------------------------------------------------------------------------------

    @Test
    void theDiffNamesEachChangedLeafWithItsValuesBeforeAndAfter() throws Exception {
        JsonDiff.Result diff = JsonDiff.diff(
                json("{\"snapshot\":{\"procurement\":{\"total\":\"3800.00\"},\"unitName\":\"局\"},\"statement\":null,\"rows\":[1,2]}"),
                json("{\"snapshot\":{\"procurement\":{\"total\":\"4000.00\"},\"unitName\":\"局\"},\"statement\":{\"officeSpace\":\"1.00\"},\"rows\":[1,3,4]}"));
        assertThat(JsonDiff.paths(diff)).containsExactly("$.snapshot.procurement.total", "$.statement", "$.rows[1]", "$.rows[2]");
        assertThat(diff.items().get(0).before().asText()).isEqualTo("3800.00");
        assertThat(diff.items().get(0).after().asText()).isEqualTo("4000.00");
        assertThat(diff.items().get(1).before().isNull()).isTrue();
        assertThat(diff.items().get(3).before().isNull()).isTrue();
        assertThat(diff.count()).isEqualTo(4);
        assertThat(diff.truncated()).isFalse();
    }

    @Test
    void equalContentHasNoChangesAndAMissingKeyCountsAsNull() throws Exception {
        assertThat(JsonDiff.diff(json("{\"a\":[1,{\"b\":\"x\"}]}"), json("{\"a\":[1,{\"b\":\"x\"}]}")).count()).isZero();
        assertThat(JsonDiff.diff(json("{\"a\":null}"), json("{}")).count()).isZero();
    }

    @Test
    void theDiffKeepsAtMost200ItemsAndSaysItWasTruncated() {
        ArrayNode before = JSON.createArrayNode();
        ArrayNode after = JSON.createArrayNode();
        for (int i = 0; i < 250; i++) {
            before.add(i);
            after.add(i + 1);
        }
        ObjectNode b = JSON.createObjectNode().set("cells", before);
        ObjectNode a = JSON.createObjectNode().set("cells", after);
        JsonDiff.Result diff = JsonDiff.diff(b, a);
        assertThat(diff.count()).isEqualTo(250);
        assertThat(diff.items()).hasSize(200);
        assertThat(diff.truncated()).isTrue();
        assertThat(diff.items().get(199).path()).isEqualTo("$.cells[199]");
    }

    @Test
    void keysThatAreNotIdentifiersAreQuoted() throws Exception {
        assertThat(JsonDiff.paths(JsonDiff.diff(json("{\"a-b\":1}"), json("{\"a-b\":2}")))).containsExactly("$['a-b']");
    }

    // ---- which revision may be frozen ---------------------------------------------------------

    @Test
    void theFirstRevisionIsOneAndEachNextIsLatestPlusOne() {
        assertThat(RevisionRule.decide(null, 1, "h", null, false)).isEqualTo(RevisionRule.Decision.FREEZE);
        assertThat(RevisionRule.decide(null, 2, "h", null, false)).isEqualTo(RevisionRule.Decision.WRONG_NUMBER);
        assertThat(RevisionRule.decide(3, 4, "h", "g", false)).isEqualTo(RevisionRule.Decision.FREEZE);
        assertThat(RevisionRule.decide(3, 5, "h", "g", false)).isEqualTo(RevisionRule.Decision.WRONG_NUMBER);
        assertThat(RevisionRule.decide(3, 2, "h", "g", false)).isEqualTo(RevisionRule.Decision.WRONG_NUMBER);
        assertThat(RevisionRule.expectedNext(null)).isEqualTo(1);
        assertThat(RevisionRule.expectedNext(3)).isEqualTo(4);
    }

    @Test
    void theLatestAgainIsAReplayOnlyWithTheSameContentAndWithoutIfNoneMatchStar() {
        assertThat(RevisionRule.decide(3, 3, "h", "h", false)).isEqualTo(RevisionRule.Decision.REPLAY);
        assertThat(RevisionRule.decide(3, 3, "h", "h", true)).isEqualTo(RevisionRule.Decision.PRECONDITION_FAILED);
        assertThat(RevisionRule.decide(3, 3, "h", "g", false)).isEqualTo(RevisionRule.Decision.DRAFT_DIFFERS);
    }

    // ---- preconditions of draft writes ------------------------------------------------------------

    @Test
    void anUpdateOrDeleteOfExistingContentNeedsIfMatch() {
        assertThat(Preconditions.check("abc", null, null)).isEqualTo(Preconditions.Verdict.PRECONDITION_REQUIRED);
        assertThat(Preconditions.check("abc", "\"abc\"", null)).isEqualTo(Preconditions.Verdict.PROCEED);
        assertThat(Preconditions.check("abc", "W/\"abc\"", null)).as("a weak tag never matches If-Match")
                .isEqualTo(Preconditions.Verdict.MISMATCH);
        assertThat(Preconditions.check("abc", "W/\"x\", W/\"abc\"", null)).isEqualTo(Preconditions.Verdict.MISMATCH);
        assertThat(Preconditions.check("abc", "\"x\", \"abc\"", null)).isEqualTo(Preconditions.Verdict.PROCEED);
        assertThat(Preconditions.check("abc", "*", null)).isEqualTo(Preconditions.Verdict.PROCEED);
        assertThat(Preconditions.check("abc", "\"old\"", null)).isEqualTo(Preconditions.Verdict.MISMATCH);
    }

    @Test
    void aCreateTakesNoPreconditionOrIfNoneMatchStar() {
        assertThat(Preconditions.check(null, null, null)).isEqualTo(Preconditions.Verdict.PROCEED);
        assertThat(Preconditions.check(null, null, "*")).isEqualTo(Preconditions.Verdict.PROCEED);
        assertThat(Preconditions.check("abc", null, "*")).isEqualTo(Preconditions.Verdict.EXISTS);
        assertThat(Preconditions.check(null, "\"abc\"", null)).isEqualTo(Preconditions.Verdict.MISSING);
    }

    // ---- ?revision= ---------------------------------------------------------------------------

    @Test
    void revisionIsLatestDraftOrAnAsciiNumber() {
        assertThat(RevisionSelector.parse(null)).contains(RevisionSelector.LATEST);
        assertThat(RevisionSelector.parse("latest")).contains(RevisionSelector.LATEST);
        assertThat(RevisionSelector.parse("draft")).contains(RevisionSelector.DRAFT);
        assertThat(RevisionSelector.parse("12").orElseThrow().number()).isEqualTo(12);
        for (String bad : List.of("", "0", "01", "-1", "１", "Draft", "1.0", "1234567", "latest ")) {
            assertThat(RevisionSelector.parse(bad)).as(bad).isEmpty();
        }
    }

    // ---- canonical paths ----------------------------------------------------------------------

    @Test
    void canonicalPathsPass() {
        for (String path : List.of("/api/v1/assets/402001/2025", "/api/v1/assets/402001/2025/grids/vehicles",
                "/api/v1/assets/402001/vehicles/V-001", "/api/v1/assets/audit", "/q/openapi",
                "/api/v1/assets/402001/2025/revisions/1/withdrawal")) {
            assertThat(CanonicalPath.problem(path)).as(path).isEmpty();
        }
    }

    @Test
    void aliasesAreRefused() {
        for (String path : List.of("/api/v1/assets/402001;x=1/2025", "/api/v1/assets/402001/2025;v=2",
                "/api/v1/assets/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95", "/api/v1/assets/402001/２０２５",
                "/api/v1/assets/４０２００１/2025", "/api/v1/assets/402001/%2e%2e/402001/2025",
                "/api/v1/assets/402001/2025%00", "/api/v1/assets/402001%2F2025", "/api/v1/assets/402001/../402001/2025",
                "/api/v1/assets/402001//2025", "/api/v1/assets/402001/20250", "/api/v1/assets/402001/vehicles/V 1",
                "/api/v1/assets/402001/vehicles/..", "/api/v1/assets/402001/2025\u0000")) {
            assertThat(CanonicalPath.problem(path)).as(path).isPresent();
        }
    }

    // ---- what blocks a freeze ------------------------------------------------------------------

    @Test
    void anEmptyUnitYearCanBeFrozenButAPartlyStatedOneNeedsEveryPart() {
        var empty = new ConsistencyRules.Subject(2025, null, List.of(), List.of(), null, null);
        assertThat(FreezeRules.blocking(empty, ConsistencyRules.check(empty, java.time.LocalDate.of(2025, 6, 1)))).isEmpty();
        var partly = new ConsistencyRules.Subject(2025, null, List.of(), List.of(), null,
                new PurchasedServicesCatalogue(true, List.of(), null));
        assertThat(FreezeRules.blocking(partly, ConsistencyRules.check(partly, java.time.LocalDate.of(2025, 6, 1))))
                .extracting(Finding::ruleId)
                .containsExactly(ConsistencyRules.STATEMENT_MISSING, ConsistencyRules.PROCUREMENT_MISSING);
    }
}
