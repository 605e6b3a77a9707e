package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.Tokens;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.budget.rest.BudgetApiTest.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

/**
 * Every kind of bad input gets a clear 4xx problem that names the field and the reason, and the
 * stored budget stays exactly as it was (same content, same ETag).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BadBudgetInputTest {

    static final String UNIT = "T-BAD";
    static final String PATH = "/api/v1/budgets/" + UNIT + "/2025";
    static final String DRAFT = Drafts.SAMPLE_BUDGET;

    private String storedBefore;
    private String etagBefore;
    private int revisionBefore;

    @BeforeEach
    void storeADraft() {
        Drafts.put("/api/v1/units/" + UNIT, SeedDocument.sample("unit-402001.json").replace("长治市上党区中小企业服务中心", "测试单位"))
                .then().statusCode(oneOf(200, 201));
        Drafts.put(Tokens.editor(UNIT), PATH, DRAFT).then().statusCode(oneOf(200, 201));
        Response current = Drafts.reader().get(PATH);
        storedBefore = current.asString();
        etagBefore = current.header("ETag");
        revisionBefore = current.path("version");
    }

    @Test
    void refusesMalformedJson() {
        rejected(put("{\"status\": \"DRAFT\", "), 400, "malformed-request", "body", "not well-formed JSON");
    }

    @Test
    void refusesANegativeAmount() {
        rejected(put(DRAFT.replace("\"104415.00\"", "\"-104415.00\"")), 422, "validation-failed",
                "expenditureLines[0].amount", "must not be negative");
    }

    @Test
    void refusesAnAmountTooLongForNumeric18Scale2() {
        rejected(put(DRAFT.replace("\"104415.00\"", "\"12345678901234567.00\"")), 422, "validation-failed",
                "expenditureLines[0].amount", "at most 16 digits");
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        rejected(put(DRAFT.replace("\"104415.00\"", "\"104415.005\"")), 422, "validation-failed",
                "expenditureLines[0].amount", "at most two decimals");
    }

    @Test
    void refusesAnAmountThatIsNotANumber() {
        rejected(put(DRAFT.replace("\"104415.00\"", "\"ten yuan\"")), 400, "malformed-request",
                "expenditureLines[0].amount", "decimal amount");
    }

    @Test
    void refusesAnUnknownCode() {
        rejected(put(DRAFT.replace("\"2080501\"", "\"2089998\"")), 422, "validation-failed",
                "expenditureLines[0].functionalCode", "unknown");
    }

    @Test
    void refusesACodeAtTheWrongLevel() {
        rejected(put(DRAFT.replace("\"functionalCode\": \"2080501\"", "\"functionalCode\": \"20805\"")), 422, "validation-failed",
                "expenditureLines[0].functionalCode", "项 level");
    }

    @Test
    void refusesAnUnknownEconomicItem() {
        rejected(put(DRAFT.replace("\"30101\"", "\"30198\"")), 422, "validation-failed",
                "basicExpenditureByEconomic[0].economicCode", "unknown");
    }

    @Test
    void refusesDuplicateLines() {
        String duplicated = DRAFT.replace("\"functionalCode\": \"2080505\"", "\"functionalCode\": \"2080501\"");
        rejected(put(duplicated), 422, "validation-failed", "expenditureLines[1]", "duplicate line");
    }

    @Test
    void refusesDuplicateProjectCodes() {
        rejected(put(DRAFT.replace("402001250002", "402001250001")), 422, "validation-failed", "projects[1].code", "duplicate");
    }

    @Test
    void refusesAYearOutOfRange() {
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).body(DRAFT).put("/api/v1/budgets/" + UNIT + "/1999").then()
                .statusCode(422).body("errors.field", hasItem("fiscalYear"));
        Drafts.reader().get("/api/v1/budgets/" + UNIT + "/1999").then().statusCode(404);
    }

    @Test
    void refusesAYearWithoutACatalogue() {
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).body(DRAFT).put("/api/v1/budgets/" + UNIT + "/2031").then()
                .statusCode(422).body("errors.field", hasItem("fiscalYear"))
                .body("errors.reason", hasItem(containsString("no classification catalogue")));
    }

    @Test
    void refusesAnUnknownUnit() {
        Tokens.asAdmin().contentType(ContentType.JSON).body(DRAFT).put("/api/v1/budgets/NO-SUCH-UNIT/2025").then()
                .statusCode(422).body("errors.field", hasItem("unitCode"));
    }

    @Test
    void refusesAnUnknownEnumerationValueAndSaysWhichAreAllowed() {
        rejected(put(DRAFT.replaceFirst("\"kind\": \"BASIC\"", "\"kind\": \"OTHER\"")), 400, "malformed-request",
                "expenditureLines[0].kind", "BASIC, PROJECT");
    }

    @Test
    void refusesAnUnknownField() {
        rejected(put(DRAFT.replaceFirst("\"status\"", "\"colour\": \"red\", \"status\"")), 400, "malformed-request",
                "colour", "unknown field");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String huge = DRAFT.replace("\"otherNotes\": \"本单位无相关资金管理办法相关情况。\"",
                "\"otherNotes\": \"" + "x".repeat(3 * 1024 * 1024) + "\"");
        Response response = put(huge);
        assertProblem(response, 413, "payload-too-large");
        assertUnchanged();
    }

    @Test
    void refusesAnotherMediaType() {
        Response response = Tokens.asEditor(UNIT).contentType(ContentType.XML).body("<budget/>").put(PATH);
        assertProblem(response, 415, "unsupported-media-type");
        assertUnchanged();
    }

    @Test
    void refusesAWriteBasedOnAStaleVersion() {
        Response response = Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-Match", "\"not-the-current-version\"")
                .body(DRAFT.replace("中小企业发展专项资金减少", "原因")).put(PATH);
        assertProblem(response, 412, "precondition-failed");
        assertUnchanged();
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-Match", etagBefore)
                .body(DRAFT.replace("中小企业发展专项资金减少", "原因")).put(PATH).then().statusCode(200)
                .body("version", equalTo(revisionBefore + 1));
    }

    @Test
    void letsOnlyOneOfTwoConcurrentWritesBasedOnTheSameVersionThrough() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String reason : java.util.List.of("原因甲", "原因乙")) {
                answers.add(pool.submit(() -> Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-Match", etagBefore)
                        .body(DRAFT.replace("中小企业发展专项资金减少", reason)).put(PATH).statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            Drafts.reader().get(PATH).then().body("version", equalTo(revisionBefore + 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesStatusPublishedInADraftNamingTheWayToPublish() {
        rejected(put(DRAFT.replace("\"APPROVED\"", "\"PUBLISHED\"")), 422, "validation-failed", "status",
                "POST /api/v1/disclosures/" + UNIT + "/2025/publish");
    }

    @Test
    void refusesAnUpdateWithoutIfMatch() {
        Response response = Tokens.asEditor(UNIT).contentType(ContentType.JSON).body(DRAFT.replace("中小企业发展专项资金减少", "原因")).put(PATH);
        assertProblem(response, 428, "precondition-required");
        assertUnchanged();
        assertProblem(Tokens.asEditor(UNIT).delete(PATH), 428, "precondition-required");
        assertUnchanged();
        assertProblem(Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-None-Match", "*").body(DRAFT).put(PATH),
                412, "precondition-failed");
        assertUnchanged();
    }

    @Test
    void refusesToPublishABudgetWhoseChecksFail() {
        String unbalanced = DRAFT.replace("\"4229565.00\"", "\"4229566.00\"");
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-Match", etagBefore).body(unbalanced).put(PATH).then().statusCode(200);
        String revisions = PATH + "/revisions";
        Response list = Tokens.as(Tokens.publisher(UNIT)).get(revisions);
        Integer latest = list.path("latest");
        Response response = Tokens.as(Tokens.publisher(UNIT)).contentType(ContentType.JSON).body("{}")
                .put(revisions + "/" + (latest == null ? 1 : latest + 1));
        assertProblem(response, 409, "conflict");
        response.then().body("errors.reason", hasItem(containsString("BGT-BALANCE")));
        Tokens.as(Tokens.publisher(UNIT)).get(revisions).then().body("latest", equalTo(latest));
    }

    @Test
    void collectsEveryErrorOfADocumentAtOnce() {
        String twoErrors = DRAFT.replace("\"104415.00\"", "\"-1.00\"").replace("\"30101\"", "\"301\"");
        Response response = put(twoErrors);
        response.then().statusCode(422)
                .body("errors.field", hasItem("expenditureLines[0].amount"))
                .body("errors.field", hasItem("basicExpenditureByEconomic[0].economicCode"));
        assertUnchanged();
    }

    private Response put(String body) {
        return Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-Match", etagBefore).body(body).put(PATH);
    }

    private void rejected(Response response, int status, String kind, String field, String reason) {
        assertProblem(response, status, kind);
        response.then().log().ifValidationFails().body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.reason", containsString(reason));
        assertUnchanged();
    }

    private void assertUnchanged() {
        Response now = Drafts.reader().get(PATH);
        assertThat(now.header("ETag")).isEqualTo(etagBefore);
        assertThat(now.asString()).isEqualTo(storedBefore);
    }
}
