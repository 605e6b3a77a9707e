package org.budgetdisclosure.budget.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.budgetdisclosure.budget.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.budget.rest.BudgetApiTest.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

/**
 * Every limit the OpenAPI document states for a request is enforced: one over it (a name, a code, a long text, an
 * array) is a 422 problem naming the field, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OverTheLimitInputTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String UNIT = "T-LIMITS";
    static final String UNIT_PATH = "/api/v1/units/" + UNIT;
    static final String BUDGET_PATH = "/api/v1/budgets/" + UNIT + "/2025";

    private String unitBefore;
    private String budgetBefore;

    @BeforeEach
    void storeAUnitAndADraft() {
        Drafts.put(UNIT_PATH, SeedDocument.sample("unit-402001.json").replace("长治市上党区中小企业服务中心", "限额测试单位"))
                .then().statusCode(oneOf(200, 201));
        Drafts.put(Tokens.editor(UNIT), BUDGET_PATH, Drafts.SAMPLE_BUDGET).then().statusCode(oneOf(200, 201));
        unitBefore = given().get(UNIT_PATH).asString();
        budgetBefore = Drafts.reader().get(BUDGET_PATH).asString();
    }

    @Test
    void aProjectNameOneOverTheLimitIsRefused() throws Exception {
        ObjectNode budget = budget();
        ((ObjectNode) budget.withArray("projects").get(0)).put("name", "项".repeat(Limits.PROJECT_NAME + 1));
        budgetRefused(budget, "projects[0].name", "at most " + Limits.PROJECT_NAME);
    }

    @Test
    void aProjectCodeOneOverTheLimitIsRefused() throws Exception {
        ObjectNode budget = budget();
        ((ObjectNode) budget.withArray("projects").get(0)).put("code", "P".repeat(Limits.PROJECT_CODE + 1));
        budgetRefused(budget, "projects[0].code", "at most " + Limits.PROJECT_CODE);
    }

    @Test
    void anAuthoredTextOneOverTheLimitIsRefused() throws Exception {
        ObjectNode budget = budget();
        budget.with("texts").put("otherNotes", "文".repeat(Limits.TEXT + 1));
        budgetRefused(budget, "texts.otherNotes", "at most " + Limits.TEXT);
    }

    @Test
    void aLineListOneOverTheLimitIsRefused() throws Exception {
        ObjectNode budget = budget();
        ArrayNode lines = budget.withArray("expenditureLines");
        ObjectNode first = (ObjectNode) lines.get(0);
        lines.removeAll();
        for (int i = 0; i <= Limits.LINES; i++) {
            lines.add(first.deepCopy());
        }
        budgetRefused(budget, "expenditureLines", "at most " + Limits.LINES + " entries");
    }

    @Test
    void aProjectWithMoreAmountsThanSourcesAndYearsIsRefused() throws Exception {
        ObjectNode budget = budget();
        ArrayNode amounts = ((ObjectNode) budget.withArray("projects").get(0)).withArray("amounts");
        ObjectNode first = (ObjectNode) amounts.get(0);
        amounts.removeAll();
        for (int i = 0; i <= Limits.PROJECT_AMOUNTS; i++) {
            amounts.add(first.deepCopy());
        }
        budgetRefused(budget, "projects[0].amounts", "at most " + Limits.PROJECT_AMOUNTS + " entries");
    }

    @Test
    void aUnitNameOneOverTheLimitIsRefused() throws Exception {
        ObjectNode unit = unit();
        unit.put("name", "单".repeat(Limits.NAME + 1));
        unitRefused(unit, "name", "at most " + Limits.NAME);
    }

    @Test
    void aCompetentDepartmentCodeOneOverTheLimitIsRefused() throws Exception {
        ObjectNode unit = unit();
        unit.put("competentDepartmentCode", "4".repeat(Limits.CODE + 1));
        unitRefused(unit, "competentDepartmentCode", "at most " + Limits.CODE);
    }

    @Test
    void moreStaffingEntriesThanYearsAreRefused() throws Exception {
        ObjectNode unit = unit();
        ArrayNode staffing = unit.withArray("staffing");
        staffing.removeAll();
        for (int i = 0; i <= Limits.STAFFING; i++) {
            staffing.addObject().put("fiscalYear", 2000 + i).put("authorizedPositions", 1).put("actualStaff", 1);
        }
        unitRefused(unit, "staffing", "at most " + Limits.STAFFING + " entries");
    }

    @Test
    void queryParametersOverTheirLimitsAreRefusedNamingThem() {
        given().queryParam("name", "名".repeat(Limits.NAME + 1)).get("/api/v1/units").then().statusCode(422)
                .body("errors.field", hasItem("name"));
        given().queryParam("region", "1404041").get("/api/v1/budgets").then().statusCode(422)
                .body("errors.field", hasItem("region"));
        given().queryParam("year", 2101).get("/api/v1/budgets").then().statusCode(422)
                .body("errors.field", hasItem("year"));
        given().queryParam("after", "x".repeat(Limits.CURSOR + 1)).get("/api/v1/units").then().statusCode(422)
                .body("errors.field", hasItem("after"));
    }

    private ObjectNode budget() throws Exception {
        return (ObjectNode) JSON.readTree(Drafts.SAMPLE_BUDGET);
    }

    private ObjectNode unit() throws Exception {
        return (ObjectNode) JSON.readTree(unitBefore);
    }

    private void budgetRefused(ObjectNode budget, String field, String reason) throws Exception {
        String etag = Drafts.etag(BUDGET_PATH);
        Response response = Tokens.asEditor(UNIT).contentType(ContentType.JSON).header("If-Match", etag)
                .body(JSON.writeValueAsString(budget)).put(BUDGET_PATH);
        assertProblem(response, 422, "validation-failed");
        response.then().body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.reason", containsString(reason));
        assertThat(Drafts.reader().get(BUDGET_PATH).asString()).isEqualTo(budgetBefore);
    }

    private void unitRefused(ObjectNode unit, String field, String reason) throws Exception {
        String etag = given().get(UNIT_PATH).header("ETag");
        Response response = Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(JSON.writeValueAsString(unit)).put(UNIT_PATH);
        assertProblem(response, 422, "validation-failed");
        response.then().body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.reason", containsString(reason));
        assertThat(given().get(UNIT_PATH).asString()).isEqualTo(unitBefore);
    }
}
