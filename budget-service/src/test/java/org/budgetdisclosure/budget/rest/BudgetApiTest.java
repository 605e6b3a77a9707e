package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.tables.BudgetTables;
import org.budgetdisclosure.budget.support.Tokens;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.budgetdisclosure.budget.tables.SeedTablesTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The budget API over real HTTP against real PostgreSQL, with the sample unit as the first acceptance test. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BudgetApiTest {

    static final String SAMPLE = "/api/v1/budgets/402001/2025";

    /** The sample as a draft, published (a new revision only when the draft differs from the latest one). */
    @BeforeEach
    void loadAndPublishTheSample() {
        Drafts.loadSample();
        Drafts.publish("402001", 2025);
    }

    @Test
    void servesEveryTableOfTheSampleExactlyAsTheSeedPrintsIt() {
        SeedDocument seed = SeedDocument.load();
        for (io.restassured.specification.RequestSpecification reader : List.of(given(), Drafts.reader())) {
            BudgetTables tables = reader.get(SAMPLE + "/tables").then().statusCode(200).extract().as(BudgetTables.class);
            assertThat(tables.tables()).hasSize(13);
            for (int n = 1; n <= 13; n++) {
                SeedTablesTest.assertTablePrintsAsSeed(tables.tables(), seed, n);
            }
        }
    }

    @Test
    void returnsTheDocumentItWasGivenExactly() {
        Map<String, Object> sent = new io.restassured.path.json.JsonPath(Drafts.SAMPLE_BUDGET).getMap("$");
        Map<String, Object> got = Drafts.reader().get(SAMPLE).then().statusCode(200)
                .header("ETag", notNullValue()).extract().jsonPath().getMap("$");
        got.remove("unitCode");
        got.remove("fiscalYear");
        got.remove("version");
        assertThat(got).isEqualTo(sent);
        Map<String, Object> published = given().get(SAMPLE).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(published.get("status")).isEqualTo("PUBLISHED");
        published.remove("status");
        got.remove("status");
        published.remove("unitCode");
        published.remove("fiscalYear");
        published.remove("version");
        assertThat(published).isEqualTo(got);
    }

    @Test
    void keepsAmountsAsExactDecimalStrings() {
        given().get(SAMPLE).then().statusCode(200)
                .body("income[0].amount", equalTo("4229565.00"))
                .body("expenditureLines[0].amount", equalTo("104415.00"));
    }

    @Test
    void aSecondIdenticalPutChangesNothing() {
        String etag = Drafts.reader().get(SAMPLE).then().extract().header("ETag");
        int version = Drafts.reader().get(SAMPLE).then().extract().path("version");
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(Drafts.SAMPLE_BUDGET)
                .put(SAMPLE).then().statusCode(200).header("ETag", equalTo(etag)).body("version", equalTo(version));
    }

    @Test
    void answersNotModifiedForTheCurrentETag() {
        String etag = given().get(SAMPLE + "/tables").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(SAMPLE + "/tables").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(SAMPLE + "/tables").then().statusCode(200);
    }

    @Test
    void letsThePublishedBudgetBeCachedAndRefusesStatusPublishedInADraft() {
        given().get(SAMPLE + "/tables/1").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60"));
        Drafts.reader().get(SAMPLE + "/tables/1").then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        String etag = Drafts.etag(SAMPLE);
        Response response = Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(SeedDocument.sample("budget-402001-2025.json").replace("\"APPROVED\"", "\"PUBLISHED\"")).put(SAMPLE);
        assertProblem(response, 422, "validation-failed");
        response.then().body("errors[0].field", equalTo("status"))
                .body("errors[0].reason", containsString("POST /api/v1/disclosures/402001/2025/publish"));
        assertThat(Drafts.etag(SAMPLE)).isEqualTo(etag);
    }

    @Test
    void servesOneTableByNumberAndRefusesANumberOutOfRange() {
        given().get(SAMPLE + "/tables/10").then().statusCode(200)
                .body("number", equalTo(10)).body("empty", equalTo(true)).body("note", equalTo("注：本表无数据"))
                .body("rows[0].cells[1]", equalTo(null));
        assertProblem(given().get(SAMPLE + "/tables/14"), 404, "not-found");
    }

    @Test
    void quotesTheFiguresTheExplanationsState() {
        given().get(SAMPLE + "/figures").then().statusCode(200)
                .body("incomeTotal.current.wan", equalTo("422.96"))
                .body("incomeTotal.change.wan", equalTo("467.16"))
                .body("incomeTotal.directionZh", equalTo("减少"))
                .body("incomeTotal.percent", equalTo("52.48"))
                .body("expenditureByKind[0].amount.wan", equalTo("140.83"))
                .body("expenditureByKind[0].percent", equalTo("33.30"))
                .body("expenditureByKind[1].percent", equalTo("66.70"))
                .body("incomeBySource[0].percent", equalTo("100.00"))
                .body("generalPublicBudgetByClass.percent", equalTo(List.of("6.72", "1.22", "89.48", "2.58")))
                .body("basicExpenditure.personnel.wan", equalTo("125.27"))
                .body("basicExpenditure.operating.wan", equalTo("15.56"));
    }

    @Test
    void findsNoErrorInTheSampleAndNamesWhereRoundedFiguresDoNotAddUp() {
        assertProblem(given().get(SAMPLE + "/validation"), 404, "not-found");
        Drafts.reader().get(SAMPLE + "/validation").then().statusCode(200)
                .body("errors", equalTo(0)).body("publishable", equalTo(true))
                .body("findings.ruleId", hasItem("BGT-DISPLAY-ROUNDING"))
                .body("findings.find { it.location.table == 6 && it.location.row == '301 工资福利支出' }.severity", equalTo("INFO"));
    }

    @Test
    void listsBudgetsWithACursor() {
        given().queryParam("year", 2025).get("/api/v1/budgets").then().statusCode(200)
                .body("items.unitCode", hasItem("402001"));
        assertProblem(given().queryParam("limit", 0).get("/api/v1/budgets"), 422, "validation-failed");
    }

    @Test
    void answersAnUnknownBudgetWithAProblem() {
        Response response = given().get("/api/v1/budgets/402001/2030");
        assertProblem(response, 404, "not-found");
        response.then().body("instance", equalTo("/api/v1/budgets/402001/2030")).body("requestId", notNullValue());
    }

    @Test
    void echoesTheCallersRequestId() {
        given().header("X-Request-Id", "abc-123").get("/api/v1/budgets/402001/2030").then()
                .header("X-Request-Id", equalTo("abc-123")).body("requestId", equalTo("abc-123"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        assertProblem(given().get("/api/v1/nothing-here"), 404, "not-found");
    }

    static void assertProblem(Response response, int status, String kind) {
        response.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:" + kind))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("errors", notNullValue());
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SELECT");
    }
}
