package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The public face's limits, with tiny ones configured: body size, page size, requests per client identity. */
@QuarkusTest
@TestProfile(LimitsTest.Tiny.class)
@QuarkusTestResource(StubServices.class)
class LimitsTest extends GatewayTestSupport {

    public static class Tiny implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.limits.max-body-size", "1K", "quarkus.http.limits.max-body-size", "1K",
                    "gateway.limits.rate.reads-per-second", "0.01", "gateway.limits.rate.read-burst", "4",
                    "gateway.limits.rate.writes-per-second", "0.01", "gateway.limits.rate.write-burst", "3");
        }
    }

    @Test
    void readersBeyondTheirBucketGet429WithRetryAfterAndEveryAnswerTellsTheRemainingAllowance() {
        String viewer = "Bearer " + Tokens.viewer("402001");
        for (int i = 3; i >= 0; i--) {
            given().header("Authorization", viewer).when().get("/api/v1/units/402001").then().statusCode(200)
                    .header("RateLimit-Limit", "4").header("RateLimit-Remaining", String.valueOf(i)).header("RateLimit-Reset", notNullValue());
        }
        Response refused = given().header("Authorization", viewer).when().get("/api/v1/units/402001");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:too-many-requests")).header("RateLimit-Remaining", "0");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();

        // another identity (another token's sub) has a bucket of its own
        given().header("Authorization", "Bearer " + Tokens.editor("402001")).when().get("/api/v1/units/402001").then().statusCode(200);
        assertThat(breakers.currentState("budget-service")).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnythingIsForwarded() {
        StubServices.BUDGET.last = null;
        given().header("Authorization", "Bearer " + Tokens.publisher("402001")).contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(2000) + "\"}")
                .when().put("/api/v1/budgets/402001/2025").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:payload-too-large")).body("errors[0].field", equalTo("body"));
        assertThat(StubServices.BUDGET.last).isNull();
    }

    @Test
    void aPageSizeAboveTheMaximumIs400NamingLimit() {
        StubServices.PERFORMANCE.last = null;
        given().header("Authorization", "Bearer " + Tokens.publisher("402001")).queryParam("limit", 201)
                .when().get("/api/v1/performance/402001/2025/forms").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        assertThat(StubServices.PERFORMANCE.last).isNull();
    }
}
