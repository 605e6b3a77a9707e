package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The OpenAPI document lists every path of the service; writes declare the bearer scheme, reads none. */
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

    @Test
    void everyWriteAndTheAuditLogDeclareTheBearerSchemeWith401And403AndNoOtherReadDoes() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode scheme = document.at("/components/securitySchemes/bearer");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(document.has("security")).as("no global requirement: reads are anonymous").isFalse();
        int writes = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String what = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                // the audit log is the one read that needs a token (admin); draft reads take an optional one
                if (List.of("put", "post", "delete", "patch").contains(operation.getKey())
                        || path.getKey().equals("/api/v1/performance/audit")) {
                    writes += path.getKey().endsWith("/audit") ? 0 : 1;
                    assertThat(op.at("/security/0").has("bearer")).as(what + " declares bearer").isTrue();
                    for (String status : List.of("401", "403")) {
                        assertThat(op.at("/responses/" + status + "/content/application~1problem+json/examples").isEmpty())
                                .as(what + " documents " + status + " with a problem example").isFalse();
                    }
                } else {
                    assertThat(op.has("security")).as(what + " declares no requirement").isFalse();
                    // a read may still answer 401: a draft read (?revision=draft) verifies the token it is given
                }
            }
        }
        assertThat(writes).as("6 draft writes + freeze, delete and withdraw a revision").isEqualTo(9);
    }
}
