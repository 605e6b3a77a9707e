package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.performance.publication.ContentHash;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Publishing;
import org.budgetdisclosure.performance.support.Samples;
import org.budgetdisclosure.performance.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The publication lifecycle of the performance part over real HTTP (docs/publication.md): drafts hidden behind the
 * same 404 as an unknown unit-year, revisions frozen as the exact bytes served and never changed by later edits,
 * the revision-number rule, changes, withdrawal, an empty part, and the search across units.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class PublicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String base(String unit) {
        return "/api/v1/performance/" + unit + "/2025";
    }

    /** A unit's year with the sample's form 402001250002 under code F1 and a form-less goal G1. */
    private static void loadDraft(String unit) throws Exception {
        String editor = Tokens.editor(unit);
        Drafts.upsert(editor).contentType(ContentType.JSON).body(Samples.read("unit.json")).put(base(unit)).then().statusCode(
                org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        ObjectNode form = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        form.remove("projectCode");
        Drafts.upsert(editor).contentType(ContentType.JSON).body(form.toString()).put(base(unit) + "/forms/F1").then().statusCode(
                org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Drafts.upsert(editor).contentType(ContentType.JSON).body(Samples.read("goal-402001250003.json").replace("402001250003", "G1"))
                .put(base(unit) + "/goals/G1").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    /** Every unit-year GET of the part, by name. */
    private static Map<String, String> paths(String unit) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("unitYear", base(unit));
        paths.put("summary", base(unit) + "/summary");
        paths.put("forms", base(unit) + "/forms");
        paths.put("form", base(unit) + "/forms/F1");
        paths.put("grid", base(unit) + "/forms/F1/grid");
        paths.put("goals", base(unit) + "/goals");
        paths.put("goal", base(unit) + "/goals/G1");
        return paths;
    }

    @Test
    void anUnpublishedUnitYearIsTheSame404AsAnUnknownOneToEveryoneWhoMayNotReadTheDraft() throws Exception {
        loadDraft("HID01");
        for (Map.Entry<String, String> path : paths("HID01").entrySet()) {
            String unknown = path.getValue().replace("HID01", "UNKN01");
            Response expected = given().get(unknown);
            assertThat(expected.statusCode()).as(path.getKey()).isEqualTo(404);
            for (Response hidden : List.of(given().get(path.getValue()),
                    given().queryParam("revision", "draft").get(path.getValue()),
                    given().queryParam("revision", "1").get(path.getValue()),
                    Tokens.as(Tokens.viewer("HID02")).queryParam("revision", "draft").get(path.getValue()),
                    Tokens.as(Tokens.signed(Tokens.token("auditor", "HID01"))).queryParam("revision", "draft").get(path.getValue()))) {
                assertThat(hidden.statusCode()).as(path.getKey()).isEqualTo(404);
                assertThat(withoutRequest(hidden)).as(path.getKey()).isEqualTo(withoutRequest(expected).replace("UNKN01", "HID01"));
            }
            Drafts.read().get(path.getValue()).then().statusCode(200).header("Cache-Control", "private, no-store")
                    .header(PartHeaders.REVISION, nullValue());
        }
        given().get(base("HID01") + "/revisions").then().statusCode(404);
        given().queryParam("projectCode", "F1").get("/api/v1/performance/forms").then().statusCode(200)
                .body("items.unitCode", not(hasItem("HID01")));
        given().queryParam("revision", "two").get(base("HID01")).then().statusCode(400).body("errors[0].field", equalTo("revision"));
    }

    @Test
    void publishingFreezesTheDraftAndARevisionReadsByteForByteTheSameAfterTheDraftChanges() throws Exception {
        loadDraft("PUB01");
        String publisher = Publishing.publisher("PUB01");
        String draftHash = Tokens.as(publisher).get(base("PUB01") + "/revisions").then().statusCode(200)
                .body("latest", nullValue()).extract().path("draftHash");

        Tokens.as(Tokens.editor("PUB01")).put(base("PUB01") + "/revisions/1").then().statusCode(403);
        Tokens.as(publisher).put(base("PUB01") + "/revisions/2").then().statusCode(409)
                .body("errors[0].field", equalTo("revision")).body("errors[0].reason", equalTo("expected 1"));
        Tokens.as(publisher).put(base("PUB01") + "/revisions/1").then().statusCode(201)
                .header("Location", endsWith(base("PUB01") + "/revisions/1"))
                .body("revision", equalTo(1)).body("state", equalTo("PUBLISHED")).body("contentHash", equalTo(draftHash))
                .body("publishedBy", equalTo("performance-service-tests")).body("changes.previousRevision", nullValue());
        Tokens.as(publisher).put(base("PUB01") + "/revisions/1").then().statusCode(200).body("revision", equalTo(1));
        Tokens.as(publisher).header("If-None-Match", "*").put(base("PUB01") + "/revisions/1").then().statusCode(412);

        // the stored content is exactly the draft as its GETs render it, and its hash is over those bytes
        String content = JSON.readTree(given().get(base("PUB01") + "/revisions/1").then().statusCode(200).extract().asString())
                .get("content").toString();
        assertThat(ContentHash.of(content)).isEqualTo(draftHash);
        Map<String, String> before = new LinkedHashMap<>();
        for (Map.Entry<String, String> path : paths("PUB01").entrySet()) {
            Response published = given().queryParam("revision", "1").get(path.getValue());
            published.then().statusCode(200).header(PartHeaders.REVISION, "1")
                    .header("Cache-Control", "public, max-age=31536000, immutable");
            assertThat(published.asString()).as(path.getKey())
                    .isEqualTo(Drafts.read().get(path.getValue()).then().statusCode(200).extract().asString());
            given().get(path.getValue()).then().statusCode(200).header(PartHeaders.REVISION, "1")
                    .header("Cache-Control", "public, max-age=60");
            before.put(path.getKey(), published.asString());
        }
        before.put("revision", given().get(base("PUB01") + "/revisions/1").asString());

        // the draft changes: the name of the form, the unit's name, the goal goes away
        String editor = Tokens.editor("PUB01");
        ObjectNode form = (ObjectNode) JSON.readTree(Drafts.read().get(base("PUB01") + "/forms/F1").asString());
        Drafts.upsert(editor).contentType(ContentType.JSON).body(form.put("projectName", "renamed in the draft").toString())
                .put(base("PUB01") + "/forms/F1").then().statusCode(200);
        ObjectNode unit = (ObjectNode) JSON.readTree(Drafts.read().get(base("PUB01")).asString());
        Drafts.upsert(editor).contentType(ContentType.JSON).body(unit.put("unitName", "renamed unit").toString())
                .put(base("PUB01")).then().statusCode(200);
        Drafts.upsert(editor).delete(base("PUB01") + "/goals/G1").then().statusCode(204);

        for (Map.Entry<String, String> path : paths("PUB01").entrySet()) {
            assertThat(given().queryParam("revision", "1").get(path.getValue()).asString()).as(path.getKey())
                    .isEqualTo(before.get(path.getKey()));
            assertThat(given().get(path.getValue()).asString()).as(path.getKey()).isEqualTo(before.get(path.getKey()));
        }
        assertThat(given().get(base("PUB01") + "/revisions/1").asString()).isEqualTo(before.get("revision"));
        String newHash = Tokens.as(publisher).get(base("PUB01") + "/revisions").then().extract().path("draftHash");
        assertThat(newHash).isNotEqualTo(draftHash);

        // a changed draft cannot replay revision 1; it becomes revision 2, with what changed
        Tokens.as(publisher).put(base("PUB01") + "/revisions/1").then().statusCode(409);
        Response second = Tokens.as(publisher).put(base("PUB01") + "/revisions/2");
        second.then().statusCode(201).body("contentHash", equalTo(newHash)).body("changes.previousRevision", equalTo(1))
                .body("changes.items.path", hasItem("$.forms[0].document.projectName"))
                .body("changes.items.path", hasItem("$.unitYear.unitName"))
                .body("changes.items.find { it.path == '$.unitYear.unitName' }.after", equalTo("renamed unit"))
                .body("changes.truncated", equalTo(false));
        given().get(base("PUB01") + "/forms/F1").then().header(PartHeaders.REVISION, "2")
                .body("projectName", equalTo("renamed in the draft"));
        given().get(base("PUB01") + "/goals/G1").then().statusCode(404);
        given().queryParam("revision", "1").get(base("PUB01") + "/goals/G1").then().statusCode(200);
        given().get(base("PUB01") + "/revisions").then().statusCode(200).body("latest", equalTo(2))
                .body("items.revision", equalTo(List.of(2, 1))).body("draftHash", nullValue());
        Tokens.as(publisher).delete(base("PUB01") + "/revisions/1").then().statusCode(409);
    }

    @Test
    void aWithdrawnRevisionStaysReadableWithItsNoticeAndLatestFallsBack() throws Exception {
        loadDraft("WDR01");
        String publisher = Publishing.publisher("WDR01");
        Tokens.as(publisher).put(base("WDR01") + "/revisions/1").then().statusCode(201);
        ObjectNode unit = (ObjectNode) JSON.readTree(Drafts.read().get(base("WDR01")).asString());
        Drafts.upsert(Tokens.editor("WDR01")).contentType(ContentType.JSON).body(unit.put("unitName", "second").toString())
                .put(base("WDR01")).then().statusCode(200);
        Tokens.as(publisher).put(base("WDR01") + "/revisions/2").then().statusCode(201);
        given().get(base("WDR01")).then().header(PartHeaders.REVISION, "2").body("unitName", equalTo("second"));

        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post(base("WDR01") + "/revisions/2/withdrawal").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Tokens.as(Tokens.editor("WDR01")).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post(base("WDR01") + "/revisions/2/withdrawal").then().statusCode(403);
        String at = Tokens.as(publisher).contentType(ContentType.JSON).body("{\"reason\":\"wrong unit name\"}")
                .post(base("WDR01") + "/revisions/2/withdrawal").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawal.reason", equalTo("wrong unit name"))
                .body("withdrawal.by", equalTo("performance-service-tests")).extract().path("withdrawal.at");
        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"reason\":\"another reason\"}")
                .post(base("WDR01") + "/revisions/2/withdrawal").then().statusCode(200)
                .body("withdrawal.reason", equalTo("wrong unit name")).body("withdrawal.at", equalTo(at));

        given().get(base("WDR01")).then().statusCode(200).header(PartHeaders.REVISION, "1").body("unitName", not(equalTo("second")));
        given().queryParam("revision", "2").get(base("WDR01")).then().statusCode(200)
                .header(PartHeaders.STATE, "WITHDRAWN").body("unitName", equalTo("second"));
        given().get(base("WDR01") + "/revisions").then().body("latest", equalTo(2)).body("items[0].state", equalTo("WITHDRAWN"));
        // publishing the unchanged draft as 2 again is a replay that changes nothing; the next publish is 3
        Tokens.as(publisher).put(base("WDR01") + "/revisions/2").then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        Tokens.as(publisher).put(base("WDR01") + "/revisions/4").then().statusCode(409).body("errors[0].reason", equalTo("expected 3"));
        Tokens.as(publisher).put(base("WDR01") + "/revisions/3").then().statusCode(201);
        given().get(base("WDR01")).then().header(PartHeaders.REVISION, "3");
    }

    @Test
    void aUnitYearWithoutPerformanceDataFreezesAsAnEmptyPart() throws Exception {
        String publisher = Publishing.publisher("EMPTY01");
        JsonNode list = JSON.readTree(Tokens.as(publisher).get(base("EMPTY01") + "/revisions").then().statusCode(200).extract().asString());
        assertThat(list.get("latest").isNull()).isTrue();
        String content = "{\"unitYear\":null,\"summary\":null,\"forms\":[],\"goals\":[]}";
        assertThat(list.get("draftHash").asText()).isEqualTo(ContentHash.of(content));
        Tokens.as(publisher).put(base("EMPTY01") + "/revisions/1").then().statusCode(201).body("contentHash", equalTo(ContentHash.of(content)));
        assertThat(JSON.readTree(given().get(base("EMPTY01") + "/revisions/1").asString()).get("content").toString()).isEqualTo(content);
        Tokens.as(publisher).put(base("EMPTY01") + "/revisions/1").then().statusCode(200);
        given().get(base("EMPTY01")).then().statusCode(404);
        given().get(base("EMPTY01") + "/summary").then().statusCode(404);
        given().get(base("EMPTY01") + "/forms").then().statusCode(200).header(PartHeaders.REVISION, "1").body("items.size()", equalTo(0));
        given().get(base("EMPTY01") + "/goals").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aDraftWithErrorLevelFindingsIsNotPublished() throws Exception {
        String unit = "ERR01";
        ObjectNode form = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        form.remove("projectCode");
        form.put("published", false);
        ((ObjectNode) form.at("/funds/annual")).put("provincial", "1.00");
        Drafts.upsert(Tokens.editor(unit)).contentType(ContentType.JSON).body(form.toString()).put(base(unit) + "/forms/E1")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Tokens.as(Publishing.publisher(unit)).put(base(unit) + "/revisions/1").then().statusCode(409)
                .body("errors.reason", hasItem(org.hamcrest.Matchers.startsWith("PERF-FUNDS-SPLIT")))
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("forms.E1."));
        given().get(base(unit) + "/revisions").then().statusCode(404);
    }

    @Test
    void theSearchAcrossUnitsShowsOnlyFormsOfTheLatestPublishedRevisions() throws Exception {
        loadDraft("SRCH01");
        given().queryParam("unitCode", "SRCH01").get("/api/v1/performance/forms").then().statusCode(200).body("items.size()", equalTo(0));
        Tokens.as(Publishing.publisher("SRCH01")).put(base("SRCH01") + "/revisions/1").then().statusCode(201);
        ObjectNode form = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        form.remove("projectCode");
        Drafts.upsert(Tokens.editor("SRCH01")).contentType(ContentType.JSON).body(form.toString()).put(base("SRCH01") + "/forms/F2")
                .then().statusCode(201);
        given().queryParam("unitCode", "SRCH01").get("/api/v1/performance/forms").then().statusCode(200)
                .body("items.projectCode", equalTo(List.of("F1")))
                .body("items[0].href", equalTo(base("SRCH01") + "/forms/F1"));
        given().queryParam("unitCode", "SRCH01").queryParam("q", "小升规").get("/api/v1/performance/forms").then()
                .body("items.projectCode", equalTo(List.of("F1")));
        given().queryParam("unitCode", "SRCH01").queryParam("q", "no such text").get("/api/v1/performance/forms").then()
                .body("items.size()", equalTo(0));
        Drafts.read().get(base("SRCH01") + "/forms").then().body("items.projectCode", equalTo(List.of("F1", "F2")));
        given().get(base("SRCH01") + "/forms").then().body("items.projectCode", equalTo(List.of("F1")));
    }

    private static String withoutRequest(Response problem) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(problem.asString());
        body.remove("requestId");
        body.remove("instance");
        return body.toString();
    }

    /** The publication headers, as the contract names them. */
    static final class PartHeaders {
        static final String REVISION = "Publication-Revision";
        static final String STATE = "Publication-State";
    }
}
