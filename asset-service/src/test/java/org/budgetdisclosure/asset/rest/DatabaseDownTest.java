package org.budgetdisclosure.asset.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.budgetdisclosure.asset.support.Tokens;
import org.budgetdisclosure.asset.support.UnreachableDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * PostgreSQL unreachable (a datasource on a closed port; nothing shared is stopped): every operation that needs it
 * answers 503 dependency-unavailable with Retry-After, never 500, and readiness is DOWN.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.DatabaseDown.class)
class DatabaseDownTest {

    public static class DatabaseDown implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UnreachableDatabase.class));
        }
    }

    private static final Header ADMIN = Tokens.bearer(Tokens.admin());

    @Test
    void everyOperationThatNeedsTheDatabaseAnswers503WithRetryAfter() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> checked = new ArrayList<>();
        for (var path : paths.entrySet()) {
            String url = path.getKey().replace("{unitCode}", "402001").replace("{year}", "2025")
                    .replace("{vehicleId}", "V-001").replace("{equipmentId}", "E-001").replace("{n}", "1");
            @SuppressWarnings("unchecked")
            Map<String, Object> operations = (Map<String, Object>) path.getValue();
            for (String method : operations.keySet()) {
                if (!List.of("get", "put", "post", "delete").contains(method)) {
                    continue;
                }
                var request = given().header(ADMIN).header("If-Match", "*");
                if (!method.equals("get") && !method.equals("delete")) {
                    request = request.contentType(ContentType.JSON).body(bodyFor(url));
                }
                Response response = request.request(method.toUpperCase(), url);
                if (method.equals("delete") && url.contains("/revisions/")) {
                    assertThat(response.statusCode()).as("DELETE " + url + " needs no database").isEqualTo(409);
                    continue;
                }
                assertThat(response.statusCode()).as(method + " " + url + ": " + response.asString()).isEqualTo(503);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isEqualTo("5");
                assertThat(response.jsonPath().getString("type")).isEqualTo("urn:budget-disclosure:problem:dependency-unavailable");
                checked.add(method + " " + url);
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachable() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }

    private static String bodyFor(String url) {
        if (url.endsWith("/statement")) {
            return "{\"asOfDate\":\"2025-05-14\"}";
        }
        if (url.endsWith("/procurement")) {
            return "{\"items\":[]}";
        }
        if (url.endsWith("/purchased-services")) {
            return "{\"none\":true,\"entries\":[],\"note\":\"无\"}";
        }
        if (url.endsWith("/vehicles")) {
            return "{\"vehicles\":[]}";
        }
        if (url.endsWith("/equipment")) {
            return "{\"equipment\":[]}";
        }
        if (url.contains("/vehicles/")) {
            return "{\"category\":\"OTHER_OFFICIAL\"}";
        }
        if (url.contains("/equipment/")) {
            return "{\"name\":\"台式计算机\",\"originalValue\":\"5000.00\"}";
        }
        if (url.endsWith("/withdrawal")) {
            return "{\"reason\":\"测试\"}";
        }
        return "{}";
    }
}
