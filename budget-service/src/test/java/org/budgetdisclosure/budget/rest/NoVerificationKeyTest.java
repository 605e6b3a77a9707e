package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.budgetdisclosure.budget.support.Tokens;
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
        Tokens.asAdmin().contentType(ContentType.JSON).body(SeedDocument.sample("unit-402001.json"))
                .put("/api/v1/units/NOKEY01").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:budget-disclosure:problem:unauthorized"));
        Tokens.asAdmin().delete("/api/v1/budgets/402001/2025").then().statusCode(401);
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body("201,一般公共服务支出,类,\n")
                .put("/api/v1/classifications/functional/2019").then().statusCode(401);
        given().get("/api/v1/units/NOKEY01").then().statusCode(404);
        given().get("/api/v1/funding-sources").then().statusCode(200);
    }
}
