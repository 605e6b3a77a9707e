package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.Tokens;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.budgetdisclosure.budget.rest.BudgetApiTest.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class UnitApiTest {

    static final String UNIT = SeedDocument.sample("unit-402001.json");

    @Test
    void createsAUnitThenReplacesItAndReadsItBack() {
        Tokens.asAdmin().contentType(ContentType.JSON).body(UNIT).put("/api/v1/units/U-CRUD").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/units/U-CRUD"))
                .body("code", equalTo("U-CRUD")).body("duties", hasSize(7));
        assertProblem(Tokens.asAdmin().contentType(ContentType.JSON).body(UNIT).put("/api/v1/units/U-CRUD"), 428, "precondition-required");
        assertProblem(Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"stale\"").body(UNIT).put("/api/v1/units/U-CRUD"),
                412, "precondition-failed");
        Drafts.put("/api/v1/units/U-CRUD", UNIT.replace("\"actualStaff\": 10", "\"actualStaff\": 9")).then().statusCode(200);
        given().get("/api/v1/units/U-CRUD").then().statusCode(200)
                .body("name", equalTo("长治市上党区中小企业服务中心"))
                .body("internalStructure", equalTo("三股一室：财务人事股、规划监测股、产业指导股、综合办公室。"))
                .body("staffing[0].authorizedPositions", equalTo(10))
                .body("staffing[0].actualStaff", equalTo(9))
                .body("duties[6]", equalTo("承办区委、区政府交办的其他事项。"));
    }

    @Test
    void deletesAUnitWithoutBudgetsButNotOneWithADraftOrAPublishedRevision() {
        Tokens.asAdmin().contentType(ContentType.JSON).body(UNIT).put("/api/v1/units/U-DEL").then().statusCode(201);
        assertProblem(Tokens.asAdmin().delete("/api/v1/units/U-DEL"), 428, "precondition-required");
        Drafts.delete(Tokens.admin(), "/api/v1/units/U-DEL").then().statusCode(204);
        assertProblem(given().get("/api/v1/units/U-DEL"), 404, "not-found");

        Tokens.asAdmin().contentType(ContentType.JSON).body(UNIT).put("/api/v1/units/U-KEEP").then().statusCode(201);
        Tokens.asAdmin().contentType(ContentType.JSON).body(Drafts.SAMPLE_BUDGET)
                .put("/api/v1/budgets/U-KEEP/2025").then().statusCode(201);
        assertProblem(Drafts.delete(Tokens.admin(), "/api/v1/units/U-KEEP"), 409, "conflict");
        Drafts.publish("U-KEEP", 2025);
        Drafts.delete(Tokens.admin(), "/api/v1/budgets/U-KEEP/2025").then().statusCode(204);
        given().get("/api/v1/budgets/U-KEEP/2025").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertProblem(Drafts.delete(Tokens.admin(), "/api/v1/units/U-KEEP"), 409, "conflict");
    }

    @Test
    void refusesAnInvalidUnitNamingEachField() {
        Tokens.asAdmin().contentType(ContentType.JSON).body(UNIT.replace("\"140404\"", "\"1404\"").replace("\"authorizedPositions\": 10", "\"authorizedPositions\": -1"))
                .put("/api/v1/units/U-BAD").then().statusCode(422)
                .body("errors.field", hasItem("regionCode"))
                .body("errors.field", hasItem("staffing[0].authorizedPositions"));
        assertProblem(given().get("/api/v1/units/U-BAD"), 404, "not-found");
    }

    @Test
    void findsUnitsByRegionAndName() {
        Drafts.put("/api/v1/units/U-FIND", UNIT).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().queryParam("region", "140404").queryParam("name", "中小企业").get("/api/v1/units").then().statusCode(200)
                .body("items.code", hasItem("U-FIND"));
        given().queryParam("region", "110101").get("/api/v1/units").then().statusCode(200).body("items", hasSize(0));
    }
}
