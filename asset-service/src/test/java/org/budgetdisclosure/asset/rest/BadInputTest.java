package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bad input is refused as problem+json naming the field and reason, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BadInputTest {

    /** These tests state the draft's behaviour: plain reads are a viewer's draft reads, writes send the ETag read. */
    @org.junit.jupiter.api.BeforeAll
    static void readAndWriteTheDraft() {
        org.budgetdisclosure.asset.support.Drafts.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void plainRequestsAgain() {
        org.budgetdisclosure.asset.support.Drafts.uninstall();
    }

    private static final String UNIT = "990001";
    /** Every write sends the token of an editor of the units this test writes (docs/identity.md). */
    private static final Header EDITOR = Tokens.asEditorOf(UNIT);
    private static final String PROCUREMENT = "/api/v1/assets/" + UNIT + "/2025/procurement";
    private static final String STATEMENT = "/api/v1/assets/" + UNIT + "/2025/statement";
    private static final String GOOD_PLAN = """
            {"items":[{"type":"GOODS","description":"办公设备","amount":"3800.00"}]}""";

    @BeforeEach
    void storeAGoodPlanAndRegister() {
        given().header(EDITOR).contentType(ContentType.JSON).body(GOOD_PLAN).put(PROCUREMENT).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"vehicles":[{"vehicleId":"V-1","plateNumber":"晋D12345","category":"INSTITUTION_BUSINESS","acquisitionDate":"2020-01-01","originalValue":"150000.00"}]}""")
                .put("/api/v1/assets/" + UNIT + "/vehicles").then().statusCode(204);
    }

    private static String storedPlan() {
        return given().get(PROCUREMENT).then().statusCode(200).extract().asString();
    }

    private static ValidatableResponse putPlan(String body) {
        return given().header(EDITOR).contentType(ContentType.JSON).header("X-Request-Id", "test-req-1").body(body).put(PROCUREMENT).then();
    }

    private static void assertProblem(ValidatableResponse response, int status, String kind, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("urn:budget-disclosure:problem:" + kind))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/api/v1/assets/"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field));
    }

    @Test
    void shouldRejectNegativeAmountAndKeepThePlan() {
        String before = storedPlan();
        ValidatableResponse r = putPlan("""
                {"items":[{"type":"GOODS","description":"办公设备","amount":"-1.00"}]}""");
        assertProblem(r, 422, "validation-failed", "items[0].amount");
        r.body("errors[0].reason", equalTo("must not be negative")).body("requestId", equalTo("test-req-1"))
                .header("X-Request-Id", "test-req-1");
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectAmountWithMoreThanTwoDecimalsAndKeepThePlan() {
        String before = storedPlan();
        assertProblem(putPlan("""
                {"items":[{"type":"GOODS","description":"a","amount":"1.00"},{"type":"SERVICES","description":"b","amount":"12.345"}]}"""),
                422, "validation-failed", "items[1].amount");
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectUnknownProcurementTypeAndKeepThePlan() {
        String before = storedPlan();
        assertProblem(putPlan("""
                {"items":[{"type":"FURNITURE","description":"a","amount":"1.00"}]}"""), 422, "validation-failed", "items[0].type");
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectTotalsThatDoNotAddUpAndKeepThePlan() {
        String before = storedPlan();
        assertProblem(putPlan("""
                {"items":[],"reportedTotals":{"total":"3900.00","goods":"3800.00","works":"0.00","services":"0.00"}}"""),
                422, "validation-failed", "reportedTotals.total");
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectSetAsideAboveTheItemAmountAndKeepThePlan() {
        String before = storedPlan();
        assertProblem(putPlan("""
                {"items":[{"type":"SERVICES","description":"a","amount":"100.00","smeSetAside":"100.01"}]}"""),
                422, "validation-failed", "items[0].smeSetAside");
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectMalformedJsonAsBadRequestAndKeepThePlan() {
        String before = storedPlan();
        assertProblem(putPlan("{\"items\": [ {\"type\": \"GOODS\", "), 400, "malformed-request", "body");
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectUnknownFieldNamingIt() {
        assertProblem(putPlan("""
                {"items":[{"type":"GOODS","description":"a","amount":"1.00","colour":"red"}]}"""),
                400, "malformed-request", "items[0].colour");
    }

    @Test
    void shouldRejectYearOutOfRange() {
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body(GOOD_PLAN).put("/api/v1/assets/" + UNIT + "/1899/procurement").then(),
                422, "validation-failed", "year");
        given().get("/api/v1/assets/" + UNIT + "/1899/procurement").then().statusCode(422);
    }

    @Test
    void shouldRejectBodyTooLargeAndKeepThePlan() {
        String before = storedPlan();
        String huge = "{\"items\":[" + "{\"type\":\"GOODS\",\"description\":\"x\",\"amount\":\"1.00\"},".repeat(45000)
                + "{\"type\":\"GOODS\",\"description\":\"x\",\"amount\":\"1.00\"}]}";
        given().header(EDITOR).contentType(ContentType.JSON).body(huge).put(PROCUREMENT).then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:payload-too-large"))
                .body("instance", equalTo(PROCUREMENT)).body("requestId", notNullValue());
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectABodyOfSeveralMegabytesAsProblem413Too() {
        String before = storedPlan();
        String huge = "{\"note\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        given().header(EDITOR).contentType(ContentType.JSON).body(huge).put(PROCUREMENT).then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:payload-too-large"));
        assertThat(storedPlan()).isEqualTo(before);
    }

    @Test
    void shouldRejectUnknownVehicleCategoryAndKeepTheRegister() {
        String before = given().get("/api/v1/assets/" + UNIT + "/vehicles").then().statusCode(200).extract().asString();
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"plateNumber":"晋D99999","category":"SPORTS_CAR"}""").put("/api/v1/assets/" + UNIT + "/vehicles/V-2").then(),
                422, "validation-failed", "category");
        given().get("/api/v1/assets/" + UNIT + "/vehicles/V-2").then().statusCode(404);
        assertThat(given().get("/api/v1/assets/" + UNIT + "/vehicles").then().extract().asString()).isEqualTo(before);
    }

    @Test
    void shouldRejectDuplicatePlateAndKeepTheRegister() {
        String before = given().get("/api/v1/assets/" + UNIT + "/vehicles").then().statusCode(200).extract().asString();
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"plateNumber":"晋D 12345","category":"OTHER_OFFICIAL"}""").put("/api/v1/assets/" + UNIT + "/vehicles/V-2").then(),
                422, "validation-failed", "plateNumber");
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"vehicles":[{"vehicleId":"A","plateNumber":"晋D00001","category":"OTHER_OFFICIAL"},
                             {"vehicleId":"B","plateNumber":"晋D00001","category":"OTHER_OFFICIAL"}]}""")
                .put("/api/v1/assets/" + UNIT + "/vehicles").then(), 422, "validation-failed", "vehicles[1].plateNumber");
        assertThat(given().get("/api/v1/assets/" + UNIT + "/vehicles").then().extract().asString()).isEqualTo(before);
    }

    @Test
    void shouldRejectAcquisitionInTheFuture() {
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"category":"OTHER_OFFICIAL","acquisitionDate":"2999-01-01"}""").put("/api/v1/assets/" + UNIT + "/vehicles/V-3").then(),
                422, "validation-failed", "acquisitionDate");
        given().get("/api/v1/assets/" + UNIT + "/vehicles/V-3").then().statusCode(404);
    }

    @Test
    void shouldRejectAsOfDateFarFromTheFiscalYearAndStoreNoStatement() {
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"asOfDate":"2021-05-14","officeSpace":"10.00"}""").put(STATEMENT).then(), 422, "validation-failed", "asOfDate");
        given().get(STATEMENT).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectOfficeSpaceWithThreeDecimals() {
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"asOfDate":"2025-05-14","officeSpace":"204.111"}""").put(STATEMENT).then(), 422, "validation-failed", "officeSpace");
    }

    @Test
    void shouldRejectWrongJsonTypeNamingTheField() {
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"asOfDate":"not-a-date"}""").put(STATEMENT).then(), 400, "malformed-request", "asOfDate");
    }

    @Test
    void shouldAnswerUnknownRoutesUnsupportedMediaTypesAndMethodsWithProblems() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:not-found"));
        given().header(EDITOR).contentType(ContentType.XML).body("<a/>").put(PROCUREMENT).then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("urn:budget-disclosure:problem:unsupported-media-type"));
        given().header(EDITOR).post(PROCUREMENT).then().statusCode(405).contentType("application/problem+json");
    }
}
