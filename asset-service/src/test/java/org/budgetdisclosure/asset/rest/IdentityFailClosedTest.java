package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A service started without a verification key (JWT_PUBLIC_KEY_LOCATION unset) fails closed: no token
 * verifies, not even one signed with the key the tests otherwise trust, so every write is 401; reads still answer.
 */
@QuarkusTest
@TestProfile(IdentityFailClosedTest.NoVerificationKey.class)
@QuarkusTestResource(PostgresTestResource.class)
class IdentityFailClosedTest {

    public static class NoVerificationKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // What application.properties resolves to when JWT_PUBLIC_KEY_LOCATION is unset.
            return Map.of("mp.jwt.verify.publickey.location", "NONE");
        }
    }

    @Test
    void shouldRefuseEveryTokenWhenNoKeyIsConfigured() {
        given().header(Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body("""
                {"none":true,"entries":[],"note":"无"}""")
                .put("/api/v1/assets/990901/2025/purchased-services").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:budget-disclosure:problem:unauthorized"));
        given().get("/api/v1/assets/990901/2025/purchased-services").then().statusCode(404);
    }

    @Test
    void shouldStillAnswerAnonymousReadsAndRefuseTokensOnDraftReads() {
        // Anonymous reads of published content work (nothing is published here: the same 404 as for nothing).
        given().get("/api/v1/assets/990901/2025").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        // Draft reads need a token, and no token verifies.
        given().header(Tokens.bearer(Tokens.viewer("*"))).queryParam("revision", "draft").get("/api/v1/assets/990901/2025")
                .then().statusCode(401).contentType("application/problem+json");
        given().header(Tokens.bearer(Tokens.viewer("*"))).get("/api/v1/assets/990901/vehicles").then().statusCode(401);
        given().get("/q/health").then().statusCode(not(401));
    }
}
