package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Tokens;
import org.budgetdisclosure.performance.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The API's behaviour on its own unit TEST01: writes, rejections, problems, caching, lists and search. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class FormApiTest {

    /** An editor of the units this test writes. */
    private static final String TOKEN = Tokens.editor("TEST01");

    private static final String BASE = "/api/v1/performance/TEST01/2025";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode sample;

    @BeforeEach
    void putSample() throws Exception {
        sample = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        sample.remove("projectCode");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(sample.toString()).put(BASE + "/forms/P1").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void shouldAnswer201ForANewFormAnd200ForTheSamePutAgain() {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(sample.toString()).put(BASE + "/forms/NEW1")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(BASE + "/forms/NEW1"));
        String first = Drafts.read().get(BASE + "/forms/NEW1").then().extract().header("ETag");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(sample.toString()).put(BASE + "/forms/NEW1").then().statusCode(200);
        assertThat(Drafts.read().get(BASE + "/forms/NEW1").then().extract().header("ETag")).isEqualTo(first);
        Drafts.upsert(TOKEN).delete(BASE + "/forms/NEW1").then().statusCode(204);
        Drafts.read().get(BASE + "/forms/NEW1").then().statusCode(404);
    }

    @Test
    void shouldRejectATargetWithoutANameAndLeaveTheStoredFormAsItWas() {
        String before = Drafts.read().get(BASE + "/forms/P1").then().statusCode(200).extract().asString();
        ObjectNode bad = sample.deepCopy();
        ((ObjectNode) bad.withArray("/indicators/annual").get(3)).putNull("name");
        bad.put("projectName", "changed name that must not be stored");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(bad.toString()).put(BASE + "/forms/P1")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:validation-failed"))
                .body("status", equalTo(422))
                .body("instance", equalTo(BASE + "/forms/P1"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem("indicators.annual[3].target"));
        assertThat(Drafts.read().get(BASE + "/forms/P1").then().extract().asString()).isEqualTo(before);
    }

    @Test
    void shouldNameEveryBadMoneyAndEnumerationField() {
        ObjectNode bad = sample.deepCopy();
        ((ObjectNode) bad.at("/funds/annual")).put("total", "1200000.001");
        ((ObjectNode) bad.at("/funds/implementationPeriod")).put("central", "-1.00");
        ((ObjectNode) bad.withArray("/indicators/implementationPeriod").get(0)).put("level2", "NOT_A_LEVEL");
        bad.put("category", "SOMETHING");
        Response response = Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(bad.toString()).put(BASE + "/forms/P1");
        response.then().statusCode(422);
        assertThat(response.jsonPath().getList("errors.field", String.class)).contains("funds.annual.total",
                "funds.implementationPeriod.central", "indicators.implementationPeriod[0].level2", "category");
    }

    @Test
    void shouldRefuseToPublishAFormWhoseFundsDoNotAddUp() {
        ObjectNode bad = sample.deepCopy();
        ((ObjectNode) bad.at("/funds/annual")).put("provincial", "1000000.00");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(bad.toString()).put(BASE + "/forms/P1")
                .then().statusCode(422).body("errors.field", hasItem("funds.annual.total"));
        bad.put("published", false);
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(bad.toString()).put(BASE + "/forms/P1").then().statusCode(200);
        Drafts.read().get(BASE + "/forms/P1/validation").then().statusCode(200)
                .body("publishable", equalTo(false))
                .body("findings.ruleId", hasItem("PERF-FUNDS-SPLIT"));
    }

    @Test
    void shouldAnswerMalformedJsonAndWrongTypesWithProblem400() {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).header("X-Request-Id", "req-42").body("{\"projectName\": ")
                .put(BASE + "/forms/P1").then().statusCode(400).contentType("application/problem+json")
                .header("X-Request-Id", "req-42")
                .body("type", equalTo("urn:budget-disclosure:problem:malformed-request"))
                .body("requestId", equalTo("req-42"));
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body("{\"published\": {\"a\": 1}}")
                .put(BASE + "/forms/P1").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("published"));
        Drafts.read().get(BASE + "/forms/P1").then().statusCode(200).body("published", equalTo(true));
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimitWithProblem413AndKeepTheStoredForm() {
        String huge = "{\"projectName\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(huge).put(BASE + "/forms/P1").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:payload-too-large"));
        Drafts.read().get(BASE + "/forms/P1").then().statusCode(200).body("published", equalTo(true));
    }

    @Test
    void shouldAnswerUnknownRoutesWrongMethodsAndMediaTypesWithProblems() {
        Drafts.read().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:not-found"));
        Drafts.upsert(TOKEN).contentType(ContentType.TEXT).body("x").put(BASE + "/forms/P1").then().statusCode(415)
                .contentType("application/problem+json");
        given().patch(BASE + "/forms/P1").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void shouldHonourETagsOnReadAndIfMatchOnWrite() {
        String etag = Drafts.read().get(BASE + "/forms/P1").then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"");
        Drafts.read().header("If-None-Match", etag).get(BASE + "/forms/P1").then().statusCode(304);
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).header("If-Match", "\"stale\"").body(sample.toString())
                .put(BASE + "/forms/P1").then().statusCode(412).contentType("application/problem+json");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).header("If-Match", etag).body(sample.toString())
                .put(BASE + "/forms/P1").then().statusCode(200);
    }

    @Test
    void shouldRequireIfMatchToReplaceOrDeleteAndRefuseACreateOnlyPutOfAnExistingForm() {
        String before = Drafts.read().get(BASE + "/forms/P1").then().statusCode(200).extract().asString();
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(sample.deepCopy().put("projectName", "no precondition").toString())
                .put(BASE + "/forms/P1").then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:precondition-required"));
        Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-Match", "*").body(sample.toString())
                .put(BASE + "/forms/P1").then().statusCode(428);
        Tokens.as(TOKEN).delete(BASE + "/forms/P1").then().statusCode(428);
        Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-None-Match", "*").body(sample.toString())
                .put(BASE + "/forms/P1").then().statusCode(412);
        Tokens.as(TOKEN).header("If-Match", "\"stale\"").delete(BASE + "/forms/P1").then().statusCode(412);
        assertThat(Drafts.read().get(BASE + "/forms/P1").then().statusCode(200).extract().asString()).isEqualTo(before);

        Tokens.as(TOKEN).delete(BASE + "/forms/IFNM1");
        Drafts.upsert(TOKEN).delete(BASE + "/forms/IFNM1");
        Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-None-Match", "*").body(sample.toString())
                .put(BASE + "/forms/IFNM1").then().statusCode(201);
        Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-Match", "\"anything\"").body(sample.toString())
                .put(BASE + "/forms/NOTHERE1").then().statusCode(412);
    }

    @Test
    void shouldRequireIfMatchOnTheUnitYearAndOnGoalsToo() {
        String unit = "{\"regionName\":\"上党区\",\"overallGoal\":{\"reported\":false,\"amount\":\"0.00\"}}";
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(unit).put(BASE).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(unit).put(BASE).then().statusCode(428);
        String goal = "{\"projectName\":\"x\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}";
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(goal).put(BASE + "/goals/GM1").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(goal).put(BASE + "/goals/GM1").then().statusCode(428);
        Tokens.as(TOKEN).delete(BASE + "/goals/GM1").then().statusCode(428);
        String etag = Drafts.etag(BASE + "/goals/GM1");
        Tokens.as(TOKEN).header("If-Match", etag).delete(BASE + "/goals/GM1").then().statusCode(204);
    }

    @Test
    void shouldCreateWithPostOnceAndConflictTheSecondTime() {
        Drafts.upsert(TOKEN).delete(BASE + "/forms/POST1");
        ObjectNode body = sample.deepCopy().put("projectCode", "POST1");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(body.toString()).post(BASE + "/forms").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/forms/POST1"));
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(body.toString()).post(BASE + "/forms").then().statusCode(409)
                .body("type", equalTo("urn:budget-disclosure:problem:conflict"));
    }

    @Test
    void shouldPageThroughTheUnitsFormsWithACursorAndALinkHeader() {
        for (String code : List.of("P2", "P3")) {
            Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(sample.toString()).put(BASE + "/forms/" + code).then().statusCode(
                    org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        }
        Response first = Drafts.read().queryParam("limit", 2).get(BASE + "/forms");
        first.then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        List<String> codes = new java.util.ArrayList<>(first.jsonPath().getList("items.projectCode", String.class));
        String next = first.jsonPath().getString("next");
        while (next != null) {
            Response page = Drafts.read().queryParam("limit", 2).queryParam("after", next).get(BASE + "/forms");
            codes.addAll(page.jsonPath().getList("items.projectCode", String.class));
            next = page.jsonPath().getString("next");
        }
        assertThat(codes).contains("P1", "P2", "P3").isSorted().doesNotHaveDuplicates();
        Drafts.read().queryParam("limit", 500).get(BASE + "/forms").then().statusCode(422).body("errors[0].field", equalTo("limit"));
        Drafts.read().queryParam("after", "%%%").get(BASE + "/forms").then().statusCode(422);
    }

    @Test
    void shouldSearchByIndicatorTextProjectAndCategory() {
        // the search across units serves the latest published revisions, to everyone alike
        org.budgetdisclosure.performance.support.Publishing.publish("TEST01", 2025);
        given().queryParam("q", "受补助对象").queryParam("unitCode", "TEST01").get("/api/v1/performance/forms")
                .then().statusCode(200).body("items.projectCode", hasItem("P1"));
        given().queryParam("q", "no such words anywhere").queryParam("unitCode", "TEST01").get("/api/v1/performance/forms")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("projectCode", "P1").get("/api/v1/performance/forms")
                .then().statusCode(200).body("items[0].unitCode", equalTo("TEST01"));
        Drafts.read().queryParam("category", "OTHER_OPERATION").get(BASE + "/forms")
                .then().statusCode(200).body("items.size()", equalTo(0));
        Drafts.read().queryParam("category", "SPECIFIC_GOAL").get(BASE + "/forms")
                .then().statusCode(200).body("items.projectCode", hasItem("P1"));
    }

    @Test
    void shouldRefuseAFormlessGoalForAProjectThatHasAForm() {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body("{\"projectName\":\"x\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}")
                .put(BASE + "/goals/P1").then().statusCode(409);
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body("{\"projectName\":\"x\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.001\"}")
                .put(BASE + "/goals/G1").then().statusCode(422).body("errors[0].field", equalTo("amount"));
    }

    @Test
    void shouldDeriveTheHeadingFromTheRegionWhenTheFormGivesNone() {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body("{\"regionName\":\"上党区\",\"overallGoal\":{\"reported\":false,\"amount\":\"0.00\"}}")
                .put(BASE).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        ObjectNode body = sample.deepCopy();
        body.remove("formTitle");
        body.remove("formSubtitle");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(body.toString()).put(BASE + "/forms/H1").then()
                .body("formTitle", equalTo("上党区县(区)级预算部门(单位)项目支出绩效目标表"))
                .body("formSubtitle", equalTo("(2025年度)"));
    }

    @SuppressWarnings("unused")
    private static ArrayNode array(ObjectNode node, String path) {
        return (ArrayNode) node.at(path);
    }
}
