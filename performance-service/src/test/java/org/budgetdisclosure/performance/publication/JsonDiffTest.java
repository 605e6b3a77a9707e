package org.budgetdisclosure.performance.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void equalDocumentsHaveNoChanges() throws Exception {
        JsonDiff.Result diff = JsonDiff.diff(json("{\"a\":[1,{\"b\":null}]}"), json("{\"a\":[1,{\"b\":null}]}"));
        assertThat(diff.count()).isZero();
        assertThat(diff.items()).isEmpty();
        assertThat(diff.truncated()).isFalse();
    }

    @Test
    void aChangedScalarIsOneChangeAtItsPathWithBeforeAndAfter() throws Exception {
        JsonDiff.Result diff = JsonDiff.diff(json("{\"forms\":[{\"document\":{\"projectName\":\"a\"}}]}"),
                json("{\"forms\":[{\"document\":{\"projectName\":\"b\"}}]}"));
        assertThat(diff.items()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("$.forms[0].document.projectName");
            assertThat(c.before().asText()).isEqualTo("a");
            assertThat(c.after().asText()).isEqualTo("b");
        });
    }

    @Test
    void addedAndRemovedMembersAndElementsReadAsNullOnTheMissingSide() throws Exception {
        JsonDiff.Result diff = JsonDiff.diff(json("{\"a\":1,\"list\":[1]}"), json("{\"b\":2,\"list\":[1,{\"x\":1}]}"));
        assertThat(diff.items()).extracting(JsonDiff.Change::path).containsExactly("$.a", "$.list[1]", "$.b");
        assertThat(diff.items().get(0).after().isNull()).isTrue();
        assertThat(diff.items().get(1).before().isNull()).isTrue();
        assertThat(diff.items().get(1).after().toString()).isEqualTo("{\"x\":1}");
    }

    @Test
    void aNodeThatChangesKindIsOneChange() throws Exception {
        JsonDiff.Result diff = JsonDiff.diff(json("{\"summary\":null}"), json("{\"summary\":{\"count\":4}}"));
        assertThat(diff.items()).extracting(JsonDiff.Change::path).containsExactly("$.summary");
    }

    @Test
    void membersThatAreNotPlainNamesAreQuoted() throws Exception {
        JsonDiff.Result diff = JsonDiff.diff(json("{\"a.b\":1}"), json("{\"a.b\":2}"));
        assertThat(diff.items().get(0).path()).isEqualTo("$['a.b']");
    }

    @Test
    void atMostTwoHundredChangesAreListedAndTheCountSaysHowManyThereWere() throws Exception {
        StringBuilder before = new StringBuilder("[");
        StringBuilder after = new StringBuilder("[");
        for (int i = 0; i < 250; i++) {
            before.append(i == 0 ? "" : ",").append(i);
            after.append(i == 0 ? "" : ",").append(i + 1);
        }
        JsonDiff.Result diff = JsonDiff.diff(json(before + "]"), json(after + "]"));
        assertThat(diff.count()).isEqualTo(250);
        assertThat(diff.items()).hasSize(JsonDiff.MAX_ITEMS);
        assertThat(diff.truncated()).isTrue();
        assertThat(diff.items().get(199).path()).isEqualTo("$[199]");
    }
}
