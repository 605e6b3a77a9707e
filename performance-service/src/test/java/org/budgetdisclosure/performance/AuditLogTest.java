package org.budgetdisclosure.performance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.budgetdisclosure.performance.publication.ContentHash;
import org.budgetdisclosure.performance.service.AuditLog;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Publishing;
import org.budgetdisclosure.performance.support.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The append-only audit log: one row per successful write with the hashes of the resource before and after (the
 * hash of the very bytes a GET serves), none for a refused write, none outside a write's transaction or after its
 * rollback, and the database refuses UPDATE and DELETE. Read by admins only, newest first, with a cursor.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class AuditLogTest {

    private static final String BASE = "/api/v1/performance/AUD01/2025";
    private static final String GOAL = "{\"projectName\":\"audited\",\"category\":\"OTHER_OPERATION\",\"amount\":\"%s\"}";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    private static List<Map<String, Object>> entries(String unit) {
        return Tokens.asAdmin().queryParam("unitCode", unit).queryParam("limit", 200).get("/api/v1/performance/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void everySuccessfulWriteIsOneRowWithTheHashesOfWhatWasServedBeforeAndAfter() {
        String editor = Tokens.editor("AUD01");
        Drafts.upsert(editor).delete(BASE + "/goals/A1");
        Tokens.as(editor).contentType(ContentType.JSON).body(GOAL.formatted("1.00")).put(BASE + "/goals/A1").then().statusCode(201);
        byte[] created = Drafts.read().get(BASE + "/goals/A1").asByteArray();
        Drafts.upsert(editor).contentType(ContentType.JSON).body(GOAL.formatted("2.00")).put(BASE + "/goals/A1").then().statusCode(200);
        byte[] updated = Drafts.read().get(BASE + "/goals/A1").asByteArray();
        Drafts.upsert(editor).delete(BASE + "/goals/A1").then().statusCode(204);

        List<Map<String, Object>> entries = entries("AUD01");
        assertThat(entries).extracting(e -> e.get("action")).startsWith("DELETE", "UPDATE", "CREATE");
        Map<String, Object> delete = entries.get(0);
        Map<String, Object> update = entries.get(1);
        Map<String, Object> create = entries.get(2);
        assertThat(create.get("beforeHash")).isNull();
        assertThat(create.get("afterHash")).isEqualTo(ContentHash.of(created));
        assertThat(update.get("beforeHash")).isEqualTo(ContentHash.of(created));
        assertThat(update.get("afterHash")).isEqualTo(ContentHash.of(updated));
        assertThat(delete.get("beforeHash")).isEqualTo(ContentHash.of(updated));
        assertThat(delete.get("afterHash")).isNull();
        assertThat(create).containsEntry("actor", "performance-service-tests").containsEntry("roles", "editor")
                .containsEntry("method", "PUT").containsEntry("path", BASE + "/goals/A1").containsEntry("unitCode", "AUD01")
                .containsEntry("fiscalYear", 2025).containsEntry("resource", "goals/A1");
        assertThat((String) create.get("requestId")).isNotBlank();
    }

    @Test
    void theRequestIdOfTheWriteIsRecordedAndPublishingAndWithdrawalAreAuditedToo() {
        Tokens.as(Tokens.editor("AUD02")).header("X-Request-Id", "audit-test-request-1").contentType(ContentType.JSON)
                .body(GOAL.formatted("3.00")).put("/api/v1/performance/AUD02/2025/goals/A2").then().statusCode(201);
        assertThat(entries("AUD02").get(0)).containsEntry("requestId", "audit-test-request-1");
        int n = Publishing.publish("AUD02", 2025);
        Tokens.as(Publishing.publisher("AUD02")).contentType(ContentType.JSON).body("{\"reason\":\"test\"}")
                .post("/api/v1/performance/AUD02/2025/revisions/" + n + "/withdrawal").then().statusCode(200);
        List<Map<String, Object>> entries = entries("AUD02");
        assertThat(entries).extracting(e -> e.get("action")).startsWith("WITHDRAW", "PUBLISH", "CREATE");
        assertThat(entries.get(1)).containsEntry("roles", "publisher").containsEntry("resource", "revisions/" + n);
        String contentHash = given().get("/api/v1/performance/AUD02/2025/revisions/" + n).then().extract().path("contentHash");
        assertThat(entries.get(1).get("afterHash")).isEqualTo(contentHash);
    }

    @Test
    void aRefusedWriteLeavesNoRow() {
        String editor = Tokens.editor("AUD03");
        Drafts.upsert(editor).contentType(ContentType.JSON).body(GOAL.formatted("1.00")).put("/api/v1/performance/AUD03/2025/goals/A3")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        int before = entries("AUD03").size();
        Tokens.as(editor).contentType(ContentType.JSON).body(GOAL.formatted("2.00")).put("/api/v1/performance/AUD03/2025/goals/A3")
                .then().statusCode(428);
        Tokens.as(editor).header("If-Match", "\"stale\"").contentType(ContentType.JSON).body(GOAL.formatted("2.00"))
                .put("/api/v1/performance/AUD03/2025/goals/A3").then().statusCode(412);
        Drafts.upsert(editor).contentType(ContentType.JSON).body(GOAL.formatted("2.001"))
                .put("/api/v1/performance/AUD03/2025/goals/A3").then().statusCode(422);
        Tokens.as(Tokens.viewer("AUD03")).contentType(ContentType.JSON).body(GOAL.formatted("2.00"))
                .put("/api/v1/performance/AUD03/2025/goals/A3").then().statusCode(403);
        assertThat(entries("AUD03")).hasSize(before);
    }

    @Test
    void aRowIsWrittenOnlyInsideAWritesTransactionAndGoesWithItsRollback() {
        var requestContext = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            writeAndRollBack();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private void writeAndRollBack() {
        long before = count();
        assertThatThrownBy(() -> audit.record(AuditLog.Action.UPDATE, "AUD04", 2025, "goals/X", null, null))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            audit.record(AuditLog.Action.UPDATE, "AUD04", 2025, "goals/X", null, null);
            em.flush();
            long inside = ((Number) em.createNativeQuery("select count(*) from audit_log").getSingleResult()).longValue();
            assertThat(inside).isEqualTo(before + 1);
            throw new IllegalStateException("the write fails after its audit row");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARow() {
        Tokens.as(Tokens.editor("AUD05")).contentType(ContentType.JSON).body(GOAL.formatted("1.00"))
                .put("/api/v1/performance/AUD05/2025/goals/A5").then().statusCode(201);
        for (String sql : List.of("update audit_log set actor = 'someone else'", "delete from audit_log", "truncate audit_log")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()))
                    .as(sql).hasStackTraceContaining("append-only");
        }
        assertThat(entries("AUD05")).singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo("performance-service-tests"));
    }

    @Test
    void onlyAdminsReadTheLogNewestFirstPageByPage() {
        String editor = Tokens.editor("AUD06");
        for (int i = 1; i <= 3; i++) {
            Tokens.as(editor).contentType(ContentType.JSON).body(GOAL.formatted(i + ".00"))
                    .put("/api/v1/performance/AUD06/2025/goals/P" + i).then().statusCode(201);
        }
        given().get("/api/v1/performance/audit").then().statusCode(401).contentType("application/problem+json");
        Tokens.as(Tokens.editor("*")).get("/api/v1/performance/audit").then().statusCode(403);
        Tokens.as(Tokens.viewer("*")).get("/api/v1/performance/audit").then().statusCode(403);
        Tokens.as(Tokens.signed(Tokens.token("admin", "AUD07"))).queryParam("unitCode", "AUD06").get("/api/v1/performance/audit")
                .then().statusCode(403);
        var first = Tokens.asAdmin().queryParam("unitCode", "AUD06").queryParam("limit", 2).get("/api/v1/performance/audit");
        first.then().statusCode(200).body("items.resource", equalTo(List.of("goals/P3", "goals/P2")));
        String next = first.path("next");
        Tokens.asAdmin().queryParam("unitCode", "AUD06").queryParam("limit", 2).queryParam("after", next)
                .get("/api/v1/performance/audit").then().statusCode(200)
                .body("items.resource", equalTo(List.of("goals/P1"))).body("next", org.hamcrest.Matchers.nullValue());
        Tokens.asAdmin().queryParam("after", "x").get("/api/v1/performance/audit").then().statusCode(422);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from audit_log").getSingleResult()).longValue());
    }

    @SuppressWarnings("unused")
    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
