package org.budgetdisclosure.budget.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of the publication lifecycle: the content hash, the changes diff, the revision number, preconditions. */
class PublicationRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void theContentHashIsSha256OverTheUtf8BytesWithItsPrefix() {
        assertThat(ContentHash.of("")).isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.of("{\"名\":\"值\"}")).isEqualTo(ContentHash.of("{\"名\":\"值\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(ContentHash.of("{\"a\":1}")).isNotEqualTo(ContentHash.of("{\"a\": 1}"));
    }

    @Test
    void theDiffNamesEachChangedPathWithItsValueBeforeAndAfter() throws Exception {
        JsonChanges.Diff diff = JsonChanges.between(
                json("{\"budget\":{\"income\":[{\"amount\":\"1.00\"},{\"amount\":\"2.00\"}],\"status\":\"PUBLISHED\"},\"glossary\":[]}"),
                json("{\"budget\":{\"income\":[{\"amount\":\"1.50\"}],\"status\":\"PUBLISHED\"},\"glossary\":[{\"名词\":\"三公\"}]}"));
        assertThat(diff.count()).isEqualTo(3);
        assertThat(diff.truncated()).isFalse();
        assertThat(diff.items()).extracting(JsonChanges.Item::path)
                .containsExactly("budget.income[0].amount", "budget.income[1]", "glossary[0]");
        assertThat(diff.items().get(0).before().asText()).isEqualTo("1.00");
        assertThat(diff.items().get(0).after().asText()).isEqualTo("1.50");
        assertThat(diff.items().get(1).after()).isNull();
        assertThat(diff.items().get(2).before()).isNull();
    }

    @Test
    void theDiffQuotesKeysThatAreNotPlainNamesAndReportsATypeChangeWhole() throws Exception {
        JsonChanges.Diff diff = JsonChanges.between(json("{\"名词\":\"a\",\"x\":{\"y\":1}}"), json("{\"名词\":\"b\",\"x\":[1]}"));
        assertThat(diff.items()).extracting(JsonChanges.Item::path).containsExactly("[\"名词\"]", "x");
    }

    @Test
    void theDiffKeepsAtMost200ItemsAndCountsAll() throws Exception {
        StringBuilder before = new StringBuilder("[");
        StringBuilder after = new StringBuilder("[");
        for (int i = 0; i < 250; i++) {
            before.append(i == 0 ? "" : ",").append(i);
            after.append(i == 0 ? "" : ",").append(i + 1);
        }
        JsonChanges.Diff diff = JsonChanges.between(json(before + "]"), json(after + "]"));
        assertThat(diff.count()).isEqualTo(250);
        assertThat(diff.items()).hasSize(200);
        assertThat(diff.truncated()).isTrue();
        assertThat(JsonChanges.between(json("{\"a\":[1,2]}"), json("{\"a\":[1,2]}")).count()).isZero();
    }

    @Test
    void theNextRevisionIsLatestPlusOneAndTheLatestAgainIsAReplayOnlyWithTheSameContent() {
        assertThat(RevisionRule.decide(1, 0, null, "sha256:a", false)).isEqualTo(RevisionRule.Outcome.FREEZE);
        assertThat(RevisionRule.decide(3, 2, "sha256:a", "sha256:b", false)).isEqualTo(RevisionRule.Outcome.FREEZE);
        assertThat(RevisionRule.decide(2, 2, "sha256:a", "sha256:a", false)).isEqualTo(RevisionRule.Outcome.REPLAY);
        assertThat(RevisionRule.decide(2, 2, "sha256:a", "sha256:a", true)).isEqualTo(RevisionRule.Outcome.EXISTS);
        assertThat(RevisionRule.decide(2, 2, "sha256:a", "sha256:b", false)).isEqualTo(RevisionRule.Outcome.WRONG_NUMBER);
        assertThat(RevisionRule.decide(1, 2, "sha256:a", "sha256:a", false)).isEqualTo(RevisionRule.Outcome.WRONG_NUMBER);
        assertThat(RevisionRule.decide(4, 2, "sha256:a", "sha256:a", false)).isEqualTo(RevisionRule.Outcome.WRONG_NUMBER);
        assertThat(RevisionRule.decide(0, 0, null, "sha256:a", false)).isEqualTo(RevisionRule.Outcome.WRONG_NUMBER);
    }

    @Test
    void anUpdateNeedsIfMatchWithTheCurrentETagAndACreateNoneOrIfNoneMatchStar() {
        assertThat(Preconditions.decide(null, null, null)).isEqualTo(Preconditions.Outcome.PROCEED);
        assertThat(Preconditions.decide(null, "*", null)).isEqualTo(Preconditions.Outcome.PROCEED);
        assertThat(Preconditions.decide("\"a\"", null, null)).isEqualTo(Preconditions.Outcome.FAILED);
        assertThat(Preconditions.decide(null, null, "\"a\"")).isEqualTo(Preconditions.Outcome.REQUIRED);
        assertThat(Preconditions.decide("*", null, "\"a\"")).isEqualTo(Preconditions.Outcome.REQUIRED);
        assertThat(Preconditions.decide(null, "*", "\"a\"")).isEqualTo(Preconditions.Outcome.FAILED);
        assertThat(Preconditions.decide("\"b\"", null, "\"a\"")).isEqualTo(Preconditions.Outcome.FAILED);
        assertThat(Preconditions.decide("W/\"a\"", null, "\"a\"")).isEqualTo(Preconditions.Outcome.FAILED);
        assertThat(Preconditions.decide("\"b\", \"a\"", null, "\"a\"")).isEqualTo(Preconditions.Outcome.PROCEED);
    }

    @Test
    void theRevisionParameterIsLatestDraftOrAPlainAsciiNumber() {
        assertThat(RevisionSelector.parse(null)).isEqualTo(RevisionSelector.LATEST);
        assertThat(RevisionSelector.parse("draft")).isEqualTo(RevisionSelector.DRAFT);
        assertThat(RevisionSelector.parse("12").number()).isEqualTo(12);
        assertThat(RevisionSelector.parse("０１")).isNull();
        assertThat(RevisionSelector.parse("01")).isNull();
        assertThat(RevisionSelector.parse("+1")).isNull();
        assertThat(RevisionSelector.parse("1234567890")).isNull();
    }

    @Test
    void theGlossaryIsAtMost500ObjectsOfBoundedScalars() throws Exception {
        assertThat(Glossary.check(json("[{\"term\":\"三公经费\",\"definition\":\"…\"}]"))).isEmpty();
        assertThat(Glossary.check(null)).isEmpty();
        assertThat(Glossary.check(json("{}"))).extracting(e -> e.field()).containsExactly("glossary");
        assertThat(Glossary.check(json("[1]"))).extracting(e -> e.field()).containsExactly("glossary[0]");
        assertThat(Glossary.check(json("[{\"number\":1,\"term\":\"三公经费\",\"note\":null}]"))).isEmpty();
        assertThat(Glossary.check(json("[{\"term\":{\"a\":1}}]"))).extracting(e -> e.field()).containsExactly("glossary[0].term");
        assertThat(Glossary.check(json("[{\"term\":1.5}]"))).extracting(e -> e.field()).containsExactly("glossary[0].term");
        assertThat(Glossary.check(json("[{\"number\":1000001}]"))).extracting(e -> e.field()).containsExactly("glossary[0].number");
        assertThat(Glossary.check(json("[{\"number\":true}]"))).extracting(e -> e.field()).containsExactly("glossary[0].number");
        assertThat(Glossary.check(json("[{\"term\":\"" + "长".repeat(4001) + "\"}]"))).hasSize(1);
        assertThat(Glossary.check(json("[" + "{},".repeat(500) + "{}]"))).extracting(e -> e.field()).containsExactly("glossary");
    }
}
