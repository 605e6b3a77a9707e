package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Other spellings of a real resource's path never reach it: the gateway refuses them with 400 problem+json
 * before forwarding, so the service is not even asked.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class CanonicalPathRoutingTest extends GatewayTestSupport {

    @Test
    void aMatrixParameterDoesNotReachTheBudgetUnderAnotherName() {
        StubServices.BUDGET.last = null;
        given().urlEncodingEnabled(false).when().get("/api/v1/budgets/402001;x=1/2025")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:malformed-request"))
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].reason", containsString("matrix"))
                .body("requestId", notNullValue());
        assertThat(StubServices.BUDGET.last).isNull();
    }

    @Test
    void fullWidthDigitsInTheYearAreRefusedAtTheProxyAndTheDisclosure() {
        StubServices.BUDGET.last = null;
        given().urlEncodingEnabled(false).when().get("/api/v1/budgets/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].reason", containsString("ASCII"));
        given().urlEncodingEnabled(false).when().get("/api/v1/disclosures/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StubServices.BUDGET.last).isNull();
    }

    @Test
    void controlCharactersInAPathAreRefused() {
        given().urlEncodingEnabled(false).when().get("/api/v1/units/402001%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].reason", containsString("control"));
    }

    @Test
    void theCanonicalPathStillReachesTheService() {
        given().when().get("/api/v1/budgets/402001/2025").then().statusCode(200);
        assertThat(StubServices.BUDGET.last.pathAndQuery()).isEqualTo("/api/v1/budgets/402001/2025");
    }
}
