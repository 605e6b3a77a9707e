package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Aliases of a real resource (matrix parameters, other-script digits, encoded dots, NUL) are refused, as reads and as writes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CanonicalPathTest {

    static final List<String> ALIASES = List.of(
            "/api/v1/budgets/402001;x=1/2025",
            "/api/v1/budgets/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95",
            "/api/v1/budgets/%EF%BC%94%EF%BC%90%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%91/2025",
            "/api/v1/budgets/402001/2025/%2e%2e/2025",
            "/api/v1/budgets/402001/2025%00",
            "/api/v1/budgets/402001/02025",
            "/api/v1/budgets/402001/2025/tables/03",
            "/api/v1/units/402001;v=2");

    @BeforeEach
    void loadTheSample() {
        Drafts.loadSample();
        Drafts.publish("402001", 2025);
    }

    @Test
    void everyAliasIsRefusedAsAReadAndAsAWriteAndNothingChanges() {
        String before = Drafts.reader().get("/api/v1/budgets/402001/2025").asString();
        for (String alias : ALIASES) {
            Response read = given().urlEncodingEnabled(false).get(alias);
            assertThat(read.statusCode()).as("GET " + alias).isEqualTo(400);
            assertThat(read.contentType()).as("GET " + alias).startsWith("application/problem+json");
            assertThat(read.jsonPath().getString("errors[0].field")).isEqualTo("path");
            Response write = Tokens.asAdmin().urlEncodingEnabled(false).contentType(ContentType.JSON)
                    .header("If-Match", Drafts.etag("/api/v1/budgets/402001/2025")).body(Drafts.SAMPLE_BUDGET.replace("中小企业发展专项资金减少", "别名"))
                    .put(alias);
            assertThat(write.statusCode()).as("PUT " + alias).isEqualTo(400);
            assertThat(Tokens.asAdmin().urlEncodingEnabled(false).delete(alias).statusCode()).as("DELETE " + alias).isEqualTo(400);
        }
        assertThat(Drafts.reader().get("/api/v1/budgets/402001/2025").asString()).isEqualTo(before);
        given().get("/api/v1/budgets/402001/2025").then().statusCode(200);
    }

    @Test
    void theRevisionParameterTakesOnlyLatestDraftOrAnAsciiNumber() {
        given().queryParam("revision", "１").get("/api/v1/budgets/402001/2025").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("revision"));
        given().queryParam("revision", "01").get("/api/v1/budgets/402001/2025").then().statusCode(422);
        given().queryParam("revision", "latest").get("/api/v1/budgets/402001/2025").then().statusCode(200);
    }
}
