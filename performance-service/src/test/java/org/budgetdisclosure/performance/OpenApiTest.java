package org.budgetdisclosure.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The OpenAPI document lists every path of the service. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class OpenApiTest {

    @Test
    void shouldListEveryPath() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/performance/{unitCode}/{year}/forms/{projectCode}"))
                .body(containsString("/api/v1/performance/{unitCode}/{year}/forms/{projectCode}/grid"))
                .body(containsString("/api/v1/performance/{unitCode}/{year}/forms/{projectCode}/validation"))
                .body(containsString("/api/v1/performance/{unitCode}/{year}/summary"))
                .body(containsString("/api/v1/performance/{unitCode}/{year}/validation"))
                .body(containsString("/api/v1/performance/{unitCode}/{year}/goals/{projectCode}"))
                .body(containsString("/api/v1/performance/forms"))
                .body(containsString("application/problem+json"));
    }
}
