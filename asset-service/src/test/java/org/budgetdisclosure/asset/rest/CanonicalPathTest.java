package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.SampleLoader;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Aliases of a real resource are refused before routing, as reads and as writes: a matrix parameter, full-width
 * digits in the year or the unit, percent-encoded dots, a NUL. Sent as raw targets (urlEncodingEnabled false) so
 * the client does not rewrite them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CanonicalPathTest {

    private static final List<String> ALIASES = List.of(
            "/api/v1/assets/402001;x=1/2025/statement",
            "/api/v1/assets/402001/2025;x=1/statement",
            "/api/v1/assets/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95/statement",
            "/api/v1/assets/%EF%BC%94%EF%BC%90%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%91/2025/statement",
            "/api/v1/assets/402001/%2e%2e/402001/2025/statement",
            "/api/v1/assets/402001/2025/statement%00",
            "/api/v1/assets/402001%2F2025/statement",
            "/api/v1/assets/402001/vehicles;v=1");

    private static boolean loaded;

    @BeforeEach
    void sample() {
        if (loaded) {
            return;
        }
        org.budgetdisclosure.asset.support.Drafts.install();
        try {
            SampleLoader.loadAll();
            loaded = true;
        } finally {
            org.budgetdisclosure.asset.support.Drafts.uninstall();
        }
    }

    @Test
    void everyAliasIsA400ProblemAsARead() {
        for (String alias : ALIASES) {
            given().urlEncodingEnabled(false).header(Tokens.bearer(Tokens.viewer("*"))).queryParam("revision", "draft")
                    .get(alias).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:malformed-request"))
                    .body("errors[0].field", equalTo("path"));
        }
    }

    @Test
    void everyAliasIsA400ProblemAsAWriteAndNothingChanges() {
        String before = given().header(Tokens.bearer(Tokens.viewer("*"))).queryParam("revision", "draft")
                .get("/api/v1/assets/402001/2025/statement").asString();
        for (String alias : ALIASES) {
            given().urlEncodingEnabled(false).header(Tokens.asEditorOf("402001")).header("If-Match", "*")
                    .contentType(ContentType.JSON).body("{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"9.00\"}")
                    .put(alias).then().statusCode(400).contentType("application/problem+json");
            given().urlEncodingEnabled(false).header(Tokens.asEditorOf("402001")).header("If-Match", "*")
                    .delete(alias).then().statusCode(400);
        }
        given().header(Tokens.bearer(Tokens.viewer("*"))).queryParam("revision", "draft")
                .get("/api/v1/assets/402001/2025/statement").then().body(equalTo(before));
    }

    @Test
    void theCanonicalPathStillWorks() {
        given().header(Tokens.bearer(Tokens.viewer("*"))).queryParam("revision", "draft")
                .get("/api/v1/assets/402001/2025/statement").then().statusCode(200);
        given().get("/api/v1/assets/402001/２０２５").then().statusCode(400);
    }

    @Test
    void parametersLongerThanTheirDocumentedMaxLengthAre400() {
        given().header(Tokens.asEditorOf("402001")).header("If-Match", "\"" + "a".repeat(1100) + "\"")
                .delete("/api/v1/assets/402001/2025/statement").then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        given().header(Tokens.bearer(Tokens.viewer("*"))).queryParam("after", "a".repeat(129))
                .get("/api/v1/assets/402001/vehicles").then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().get("/api/v1/assets/" + "4".repeat(33) + "/2025").then().statusCode(400);
    }
}
