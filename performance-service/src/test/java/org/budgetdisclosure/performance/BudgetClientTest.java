package org.budgetdisclosure.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.budgetdisclosure.performance.client.BudgetClient;
import org.budgetdisclosure.performance.client.BudgetLookup;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Tokens;
import org.budgetdisclosure.performance.support.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The budget-service client against a stub HTTP server on a dynamic port: normal, missing, failing and slow. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class BudgetClientTest {

    /** An editor of the units this test writes. */
    private static final String TOKEN = Tokens.editor("SLOW01", "NOPE01");

    @Inject
    BudgetClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void resetBreakers() {
        breakers.resetAll();
    }

    @Test
    void shouldReadTheProjectAmountsOfTheSampleBudget() {
        BudgetLookup lookup = client.draftBudget("402001", 2025, "Bearer " + Tokens.viewer("402001"));
        assertThat(lookup.status()).isEqualTo(BudgetLookup.Status.AVAILABLE);
        assertThat(lookup.projectAmounts()).containsEntry("402001250004", new java.math.BigDecimal("400000.00"));
        assertThat(lookup.projectExpenditureTotal()).contains(new java.math.BigDecimal("2821240.00"));
    }

    @Test
    void shouldAskForTheDraftBudgetWithTheCallersTokenAndFindNothingWithoutOne() {
        String viewer = Tokens.viewer("402001");
        Tokens.as(viewer).queryParam("revision", "draft").get("/api/v1/performance/402001/2025/summary");
        assertThat(client.draftBudget("402001", 2025, "Bearer " + viewer).status()).isEqualTo(BudgetLookup.Status.AVAILABLE);
        assertThat(BudgetStubResource.lastAuthorization()).isEqualTo("Bearer " + viewer);
        assertThat(client.draftBudget("402001", 2025, null).status()).isEqualTo(BudgetLookup.Status.NO_BUDGET);
    }

    @Test
    void shouldForwardTheDraftReadersTokenWhenValidatingTheDraft() {
        Samples.load();
        String viewer = Tokens.viewer("4020*");
        Tokens.as(viewer).get("/api/v1/performance/402001/2025/validation").then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'PERF-FUNDS-BUDGET' }.size()", equalTo(0));
        assertThat(BudgetStubResource.lastAuthorization()).isEqualTo("Bearer " + viewer);
    }

    @Test
    void shouldTreatA404AsNoBudgetNotAsAFailure() {
        assertThat(client.draftBudget("NOPE01", 2025, "Bearer " + Tokens.viewer("NOPE01")).status()).isEqualTo(BudgetLookup.Status.NO_BUDGET);
    }

    @Test
    void shouldGiveUpOnAFailingBudgetService() {
        BudgetLookup lookup = client.draftBudget("FAIL01", 2025, "Bearer " + Tokens.viewer("FAIL01"));
        assertThat(lookup.status()).isEqualTo(BudgetLookup.Status.UNAVAILABLE);
    }

    @Test
    void shouldReportNotCheckedWhenBudgetServiceIsTooSlow() throws Exception {
        var form = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Samples.read("form-402001250004.json"));
        form.remove("projectCode");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(form.toString()).put("/api/v1/performance/SLOW01/2025/forms/S1")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Drafts.read().get("/api/v1/performance/SLOW01/2025/forms/S1/validation").then().statusCode(200)
                .body("findings.find { it.ruleId == 'PERF-FUNDS-BUDGET' }.status", equalTo("NOT_CHECKED"))
                .body("findings.find { it.ruleId == 'PERF-FUNDS-BUDGET' }.severity", equalTo("INFO"))
                .body("findings.find { it.ruleId == 'PERF-FUNDS-BUDGET' }.messageEn", org.hamcrest.Matchers.containsString("timed out"));
        Drafts.read().get("/api/v1/performance/SLOW01/2025/summary").then().statusCode(200)
                .body("published.shareStatus", equalTo("NOT_AVAILABLE"))
                .body("published.shareOfProjectExpenditure", equalTo(null));
    }

    @Test
    void shouldWarnWhenTheFormsFundsDifferFromTheProjectsBudget() throws Exception {
        Samples.load();
        var form = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Samples.read("form-402001250004.json"));
        // a copy of the form under another unit whose budget has no such project
        form.remove("projectCode");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(form.toString()).put("/api/v1/performance/NOPE01/2025/forms/X1")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Drafts.read().get("/api/v1/performance/NOPE01/2025/forms/X1/validation").then().statusCode(200)
                .body("findings.ruleId", hasItem("PERF-FUNDS-BUDGET"))
                .body("findings.find { it.ruleId == 'PERF-FUNDS-BUDGET' }.severity", equalTo("WARNING"));
    }
}
