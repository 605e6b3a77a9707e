package org.budgetdisclosure.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Samples;
import org.budgetdisclosure.performance.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * With no verification key configured (JWT_PUBLIC_KEY_LOCATION unset) the service starts, serves reads, and
 * refuses every token, even one signed with the right key: it fails closed, never open.
 */
@QuarkusTest
@TestProfile(NoVerificationKeyTest.NoKey.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class NoVerificationKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // what application.properties resolves to when JWT_PUBLIC_KEY_LOCATION is not set
            return Map.of("mp.jwt.verify.publickey.location", "NONE");
        }
    }

    @Test
    void everyTokenIsRefusedWhenNoKeyIsConfigured() {
        String path = "/api/v1/performance/NOKEY01/2025/goals/G1";
        Tokens.as(Tokens.editor("NOKEY01")).contentType(ContentType.JSON)
                .body("{\"projectName\":\"x\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}")
                .put(path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:budget-disclosure:problem:unauthorized"));
        Tokens.as(Tokens.admin()).delete("/api/v1/performance/" + Samples.UNIT + "/2025/goals/402001250003")
                .then().statusCode(401);
        given().get(path).then().statusCode(404);
    }
}
