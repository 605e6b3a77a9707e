package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A stopped or slow service never makes the gateway hang or answer 500: 503 problem+json naming the
 * missing parts, or with partial=true the document with those parts marked missing. The HTTP client
 * of the test gives up after 6 s, so a hang fails the test.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class FailureTest extends GatewayTestSupport {

    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 6000).setParam("http.connection.timeout", 6000));

    @Test
    void clientErrorsNeverOpenABreakerSoBadRequestsCannotTakeTheDisclosureDownForEveryone() {
        for (int i = 0; i < 30; i++) {
            given().config(BOUNDED).when().get("/api/v1/budgets/999999/2025").then().statusCode(404);
            given().config(BOUNDED).when().get("/api/v1/assets/999999/2025").then().statusCode(404);
            given().config(BOUNDED).when().get("/api/v1/performance/999999/2025/summary").then().statusCode(404);
        }

        for (String service : new String[]{"budget-service", "performance-service", "asset-service"}) {
            org.assertj.core.api.Assertions.assertThat(breakers.currentState(service)).as(service)
                    .isEqualTo(io.smallrye.faulttolerance.api.CircuitBreakerState.CLOSED);
        }
        given().config(BOUNDED).when().get("/api/v1/disclosures/402001/2025").then().statusCode(200);
    }

    @Test
    void shouldAnswer503NamingPerformanceWhenPerformanceServiceIsStopped() {
        StubServices.PERFORMANCE.stop();
        given().config(BOUNDED).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:dependency-unavailable"))
                .body("missingParts.part", hasItem("performance"))
                .body("missingParts.service", hasItem("performance-service"))
                .body("detail", containsString("performance"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldServeThePartialDocumentWithSectionTenMarkedMissing() {
        StubServices.PERFORMANCE.stop();
        given().config(BOUNDED).queryParam("partial", true).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("complete", equalTo(false))
                .body("missingParts[0].part", equalTo("performance"))
                .body("explanations.sections[9].missing", equalTo(true))
                .body("explanations.sections[9].missingPart", equalTo("performance"))
                .body("explanations.sections[0].paragraphs[0]", containsString("422.96万元"))
                .body("tables.size()", equalTo(13));
    }

    @Test
    void shouldGiveUpOnASlowAssetServiceAtTheDeadline() {
        StubServices.ASSET.delayMillis = 5000;
        given().config(BOUNDED).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(503)
                .body("missingParts.part", hasItem("assets"))
                .body("missingParts[0].reason", containsString("asset-service"));
        given().config(BOUNDED).queryParam("partial", true).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(200)
                .body("explanations.sections[8].missing", equalTo(true))
                .body("explanations.sections[10].missing", equalTo(true))
                .body("explanations.sections[9].missing", equalTo(false));
    }

    @Test
    void shouldAnswer503WhenBudgetServiceIsStopped() {
        StubServices.BUDGET.stop();
        given().config(BOUNDED).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(503).contentType("application/problem+json")
                .body("missingParts.part", hasItem("explanations"))
                .body("missingParts.part", hasItem("tables"));
    }

    @Test
    void shouldAnswer503FromTheProxyWhenTheServiceIsDown() {
        StubServices.ASSET.stop();
        given().config(BOUNDED).when().get("/api/v1/assets/402001/2025")
                .then().statusCode(503).contentType("application/problem+json")
                .body("missingParts[0].service", equalTo("asset-service"))
                .body("instance", equalTo("/api/v1/assets/402001/2025"));
    }

    @Test
    void shouldAnswer503FromTheProxyWhenTheServiceIsSlow() {
        StubServices.BUDGET.delayMillis = 5000;
        given().config(BOUNDED).when().get("/api/v1/budgets/402001/2025")
                .then().statusCode(503).body("detail", containsString("budget-service"));
    }

    @Test
    void shouldOpenTheBreakerAfterRepeatedFailuresAndStillAnswer() {
        StubServices.PERFORMANCE.stop();
        for (int i = 0; i < 6; i++) {
            given().config(BOUNDED).when().get("/api/v1/performance/402001/2025/summary").then().statusCode(503);
        }
        given().config(BOUNDED).when().get("/api/v1/performance/402001/2025/summary")
                .then().statusCode(503).body("detail", containsString("circuit breaker open"));
    }

    @Test
    void shouldListServicesItCouldNotCheckInTheValidation() {
        StubServices.ASSET.stop();
        given().config(BOUNDED).header("Authorization", "Bearer " + org.budgetdisclosure.gateway.support.Tokens.viewer("402001"))
                .when().get("/api/v1/disclosures/402001/2025/validation")
                .then().statusCode(200)
                .body("publishable", equalTo(false))
                .body("services.find { it.service == 'asset-service' }.status", equalTo("NOT_CHECKED"));
    }
}
