package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Vehicle and equipment registers: CRUD, counts derived from them, ETags and pagination. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RegisterTest {

    /** These tests state the draft's behaviour: plain reads are a viewer's draft reads, writes send the ETag read. */
    @org.junit.jupiter.api.BeforeAll
    static void readAndWriteTheDraft() {
        org.budgetdisclosure.asset.support.Drafts.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void plainRequestsAgain() {
        org.budgetdisclosure.asset.support.Drafts.uninstall();
    }

    /** Every write sends the token of an editor of the units this test writes (docs/identity.md). */
    private static final Header EDITOR = Tokens.asEditorOf("9901*", "990077");

    private static String base(String unit) {
        return "/api/v1/assets/" + unit;
    }

    private static void putStatement(String unit, String body) {
        given().header(EDITOR).contentType(ContentType.JSON).body(body).put(base(unit) + "/2025/statement")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    void shouldCreateThenReplaceAVehicleWith201Then200() {
        String url = base("990101") + "/vehicles/V-001";
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"plateNumber":"晋D·A1234","category":"INSTITUTION_BUSINESS","acquisitionDate":"2019-06-01","originalValue":"185000.00"}""")
                .put(url).then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(url))
                .body("categoryName", equalTo("事业单位业务用车")).body("status", equalTo("IN_USE"))
                .body("originalValue", equalTo("185000.00"));
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"plateNumber":"晋D·A1234","category":"INSTITUTION_BUSINESS","originalValue":"185000.5"}""")
                .put(url).then().statusCode(200).body("originalValue", equalTo("185000.50"));
        given().get(url).then().statusCode(200).body("originalValue", equalTo("185000.50"));
        given().header(EDITOR).delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldDeriveVehicleCountsByCategoryFromTheRegisterAsOfTheStatementDate() {
        String unit = "990102";
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"vehicles":[
                  {"vehicleId":"V1","plateNumber":"晋D00001","category":"LEADERSHIP","acquisitionDate":"2018-01-01"},
                  {"vehicleId":"V2","plateNumber":"晋D00002","category":"LAW_ENFORCEMENT","acquisitionDate":"2020-01-01"},
                  {"vehicleId":"V3","plateNumber":"晋D00003","category":"LAW_ENFORCEMENT","acquisitionDate":"2016-01-01",
                   "status":"DISPOSED","disposalDate":"2024-12-01"},
                  {"vehicleId":"V4","plateNumber":"晋D00004","category":"LAW_ENFORCEMENT","acquisitionDate":"2025-06-01"}]}""")
                .put(base(unit) + "/vehicles").then().statusCode(204);
        putStatement(unit, """
                {"unitName":"测试单位","asOfDate":"2025-05-14","vehicleQuota":[{"category":"LAW_ENFORCEMENT","allowed":2}],"officeSpace":"100.00"}""");
        var s = given().get(base(unit) + "/2025").then().statusCode(200).extract().jsonPath();
        assertThat(s.getInt("vehicles.allowed")).isEqualTo(2);
        assertThat(s.getInt("vehicles.actual")).isEqualTo(2);
        assertThat(s.getInt("vehicles.byCategory[0].actual")).isEqualTo(1);
        assertThat(s.getInt("vehicles.byCategory[3].actual")).isEqualTo(1);
        assertThat(s.getString("vehicles.source")).isEqualTo("REGISTER");
        var v = given().get(base(unit) + "/2025/validation").then().statusCode(200).extract().jsonPath();
        assertThat(v.getList("findings.ruleId", String.class)).contains("VEHICLES_OVER_QUOTA", "ACQUIRED_AFTER_AS_OF_DATE");
        assertThat(v.getBoolean("publishable")).isFalse();
        assertThat(v.getList("findings.location", String.class)).contains("vehicles.byCategory.LEADERSHIP");
    }

    @Test
    void shouldCountEquipmentAtOrAboveTheThresholds() {
        String unit = "990103";
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"equipment":[
                  {"equipmentId":"E1","name":"服务器","classificationCode":"A02010104","originalValue":"499999.99"},
                  {"equipmentId":"E2","name":"服务器","originalValue":"500000.00"},
                  {"equipmentId":"E3","name":"大型设备","originalValue":"1000000.00"}]}""")
                .put(base(unit) + "/equipment").then().statusCode(204);
        putStatement(unit, """
                {"asOfDate":"2025-05-14","officeSpace":"50.00"}""");
        given().get(base(unit) + "/2025").then().statusCode(200)
                .body("equipment.atLeast500k", equalTo(2)).body("equipment.atLeast1m", equalTo(1))
                .body("equipment.source", equalTo("REGISTER"));
        given().get(base(unit) + "/equipment/E1").then().statusCode(200).body("classificationCode", equalTo("A02010104"));
    }

    @Test
    void shouldUseReportedCountsWhenAUnitHasNoRegister() {
        String unit = "990104";
        putStatement(unit, """
                {"asOfDate":"2024-12-31","vehicleQuota":[{"category":"OTHER_OFFICIAL","allowed":3,"reportedActual":2}],
                 "officeSpace":"300.50","reportedEquipmentCounts":{"atLeast500k":4,"atLeast1m":1}}""");
        var s = given().get(base(unit) + "/2025").then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("vehicles.source")).isEqualTo("REPORTED");
        assertThat(s.getInt("vehicles.actual")).isEqualTo(2);
        assertThat(s.getInt("vehicles.allowed")).isEqualTo(3);
        assertThat(s.getInt("equipment.atLeast500k")).isEqualTo(4);
        assertThat(s.getString("equipment.source")).isEqualTo("REPORTED");
        var v = given().get(base(unit) + "/2025/validation").then().statusCode(200).extract().jsonPath();
        assertThat(v.getList("findings.ruleId", String.class)).contains("AS_OF_DATE_OUTSIDE_FISCAL_YEAR",
                "PROCUREMENT_PLAN_MISSING", "PURCHASED_SERVICES_MISSING");
    }

    @Test
    void shouldAnswerNotModifiedForAMatchingETagAndRefuseAStaleIfMatch() {
        String unit = "990105";
        String url = base(unit) + "/2025/procurement";
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"items":[{"type":"WORKS","description":"修缮","amount":"10000.00","smeSetAside":"4000.00"}]}""")
                .put(url).then().statusCode(201);
        String etag = given().get(url).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", "\"stale\"").body("""
                {"items":[]}""").put(url).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:precondition-failed"));
        given().get(url).then().statusCode(200).body("totals.works", equalTo("10000.00")).body("totals.smeSetAside", equalTo("4000.00"));
        given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"items":[]}""").put(url).then().statusCode(200).body("totals.total", equalTo("0.00"));
    }

    @Test
    void shouldPageThroughTheRegisterWithCursorsAndLinkHeaders() {
        String unit = "990106";
        StringBuilder body = new StringBuilder("{\"vehicles\":[");
        for (int i = 1; i <= 5; i++) {
            body.append(i > 1 ? "," : "").append("{\"vehicleId\":\"V").append(i).append("\",\"category\":\"OTHER_OFFICIAL\"}");
        }
        given().header(EDITOR).contentType(ContentType.JSON).body(body.append("]}").toString()).put(base(unit) + "/vehicles").then().statusCode(204);
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (next != null) {
                request.queryParam("after", next);
            }
            Response page = request.get(base(unit) + "/vehicles");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.vehicleId", String.class));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"").contains("after=" + next);
            }
            pages++;
        } while (next != null);
        assertThat(seen).containsExactly("V1", "V2", "V3", "V4", "V5");
        assertThat(pages).isEqualTo(3);
        given().queryParam("limit", 201).get(base(unit) + "/vehicles").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRefuseAPurchasedServicesCatalogueThatIsNeitherNoneNorListed() {
        String url = base("990107") + "/2025/purchased-services";
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"none":false,"entries":[]}""").put(url).then().statusCode(422).body("errors[0].field", equalTo("entries"));
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"none":false,"entries":[{"code":"B0101","name":"课题研究服务"}]}""").put(url).then().statusCode(201)
                .body("entries[0].name", equalTo("课题研究服务"));
        given().get(base("990107") + "/2025").then().statusCode(200)
                .body("purchasedServices.none", equalTo(false)).body("vehicles", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentPlanWritesBasedOnTheSameVersionThrough() throws Exception {
        String path = "/api/v1/assets/990077/2025/procurement";
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                {"items":[{"type":"GOODS","description":"办公设备","amount":"3800.00"}]}""").put(path)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String amount : java.util.List.of("4000.00", "5000.00")) {
                answers.add(pool.submit(() -> given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", etag)
                        .body("{\"items\":[{\"type\":\"GOODS\",\"description\":\"办公设备\",\"amount\":\"" + amount + "\"}]}")
                        .put(path).statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
    }
}
