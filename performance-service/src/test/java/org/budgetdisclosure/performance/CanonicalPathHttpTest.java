package org.budgetdisclosure.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Samples;
import org.budgetdisclosure.performance.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path aliases never reach a real resource: a matrix parameter, full-width digits in the year or the unit,
 * an encoded dot segment, an encoded NUL, an encoded slash, a year spelled 02025 — each as a draft read and as a
 * write — is a 400 (or 404) problem, and the sample unit's year is unchanged.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class CanonicalPathHttpTest {

    private static final List<String> ALIASES = List.of(
            "/api/v1/performance/402001;x=1/2025",
            "/api/v1/performance/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95",
            "/api/v1/performance/%EF%BC%94%EF%BC%90%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%91/2025",
            "/api/v1/performance/402001/2025/goals/%2e%2e",
            "/api/v1/performance/402001/2025/goals/%2e%2e/402001250003",
            "/api/v1/performance/402001/2025%00",
            "/api/v1/performance/402001%2F2025",
            "/api/v1/performance/402001/02025",
            "/api/v1/performance/402001/2025/goals/402001250003;v=1");

    @Test
    void everyAliasIsRefusedAsARead() {
        Samples.load();
        for (String alias : ALIASES) {
            Response response = Drafts.read().urlEncodingEnabled(false).get(alias);
            assertThat(response.statusCode()).as(alias).isIn(400, 404);
            assertThat(response.contentType()).as(alias).startsWith("application/problem+json");
        }
    }

    @Test
    void everyAliasIsRefusedAsAWriteAndNothingChanges() {
        Samples.load();
        String before = Drafts.read().get("/api/v1/performance/402001/2025").asString();
        String goalBefore = Drafts.read().get("/api/v1/performance/402001/2025/goals/402001250003").asString();
        String admin = Tokens.admin();
        for (String alias : ALIASES) {
            for (String method : List.of("PUT", "DELETE")) {
                var request = Tokens.as(admin).urlEncodingEnabled(false).header("If-Match", "*");
                if (method.equals("PUT")) {
                    request = request.contentType(ContentType.JSON).body("{\"unitName\":\"aliased\",\"projectName\":\"aliased\","
                            + "\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}");
                }
                Response response = request.request(method, alias);
                assertThat(response.statusCode()).as(method + " " + alias).isIn(400, 404, 405);
                assertThat(response.contentType()).as(method + " " + alias).startsWith("application/problem+json");
            }
        }
        assertThat(Drafts.read().get("/api/v1/performance/402001/2025").asString()).isEqualTo(before);
        assertThat(Drafts.read().get("/api/v1/performance/402001/2025/goals/402001250003").asString()).isEqualTo(goalBefore);
    }

    @Test
    void theRefusalNamesThePartOfThePath() {
        given().urlEncodingEnabled(false).get("/api/v1/performance/402001/02025").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().urlEncodingEnabled(false).get("/api/v1/performance/402001;x=1/2025").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("path"));
    }

    /** The limits the OpenAPI document states for parameters are the ones the service keeps. */
    @Test
    void theDocumentedParameterLimitsAreKept() {
        String search = "/api/v1/performance/forms";
        given().queryParam("q", "x".repeat(201)).get(search).then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
        given().queryParam("q", "x".repeat(200)).get(search).then().statusCode(200);
        given().queryParam("after", "A".repeat(401)).get(search).then().statusCode(422);
        given().queryParam("year", -1).get(search).then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().queryParam("unitCode", "４０２００１").get(search).then().statusCode(422);
        given().queryParam("projectCode", "a;b").get(search).then().statusCode(422);
        given().queryParam("limit", 201).get(search).then().statusCode(422);
        given().queryParam("revision", "0").get("/api/v1/performance/402001/2025").then().statusCode(400);
        Tokens.as(Tokens.editor("402001")).header("If-Match", "\"" + "a".repeat(1000) + "\"")
                .delete("/api/v1/performance/402001/2025/goals/402001250003").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("If-Match"));
    }
}
