package org.budgetdisclosure.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Tokens;
import org.budgetdisclosure.performance.support.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** budget-service down (nothing listens on its port): validation says NOT_CHECKED, the summary still answers. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(BudgetDownTest.BudgetDown.class)
class BudgetDownTest {

    /** An editor of the units this test writes. */
    private static final String TOKEN = Tokens.editor(Samples.UNIT);

    /** Points the client at a port where nothing listens. */
    public static class BudgetDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.budget.url", "http://127.0.0.1:" + closedPort());
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void shouldSayNotCheckedForEveryFormWhenBudgetServiceIsDown() {
        Samples.load();
        Drafts.read().get("/api/v1/performance/402001/2025/validation").then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'PERF-FUNDS-BUDGET' }.size()", equalTo(3))
                .body("findings.findAll { it.ruleId == 'PERF-FUNDS-BUDGET' }.status", everyItem(equalTo("NOT_CHECKED")))
                .body("findings.findAll { it.ruleId == 'PERF-FUNDS-BUDGET' }.severity", everyItem(equalTo("INFO")));
    }

    @Test
    void shouldSayTheShareIsNotAvailableThenUseTheStoredFigure() {
        Samples.load();
        Drafts.read().get("/api/v1/performance/402001/2025/summary").then().statusCode(200)
                .body("managed.count", equalTo(4))
                .body("published.shareStatus", equalTo("NOT_AVAILABLE"))
                .body("published.shareOfProjectExpenditure", equalTo(null));
        String unit = Samples.read("unit.json").replace("\"projectExpenditureTotal\": null",
                "\"projectExpenditureTotal\": \"2821240.00\"");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(unit).put("/api/v1/performance/402001/2025").then().statusCode(200);
        Drafts.read().get("/api/v1/performance/402001/2025/summary").then().statusCode(200)
                .body("published.shareOfProjectExpenditure", equalTo("100.00"))
                .body("published.projectExpenditureSource", equalTo("STORED"));
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(Samples.read("unit.json")).put("/api/v1/performance/402001/2025")
                .then().statusCode(200);
    }
}
