package org.budgetdisclosure.asset.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** Every successful write leaves one audit row in its own transaction; a refused one leaves none; admins read it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuditLogTest {

    private static final Header EDITOR = Tokens.asEditorOf("997*");
    private static final Header ADMIN = Tokens.bearer(Tokens.admin());

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachWriteIsRecordedWithWhoWhatAndTheHashesBeforeAndAfter() {
        String unit = "997001";
        String url = "/api/v1/assets/" + unit + "/2025/statement";
        given().header(EDITOR).header("X-Request-Id", "audit-create").contentType(ContentType.JSON)
                .body("{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"1.00\"}").put(url).then().statusCode(201);
        String etag = given().header(EDITOR).queryParam("revision", "draft").get(url).header("ETag");
        // Refused writes: a rule (422), a stale If-Match (412), no If-Match (428): no rows.
        given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"-1.00\"}").put(url).then().statusCode(422);
        given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", "\"stale\"")
                .body("{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"2.00\"}").put(url).then().statusCode(412);
        given().header(EDITOR).contentType(ContentType.JSON)
                .body("{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"2.00\"}").put(url).then().statusCode(428);
        given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"2.00\"}").put(url).then().statusCode(200);
        String etag2 = given().header(EDITOR).queryParam("revision", "draft").get(url).header("ETag");
        given().header(EDITOR).header("If-Match", etag2).delete(url).then().statusCode(204);

        List<Map<String, Object>> rows = given().header(ADMIN).queryParam("unitCode", unit).get("/api/v1/assets/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("DELETE", "UPDATE", "CREATE");
        Map<String, Object> create = rows.get(2);
        assertThat(create).containsEntry("actor", "asset-service-test").containsEntry("roles", "editor")
                .containsEntry("method", "PUT").containsEntry("path", url).containsEntry("unitCode", unit)
                .containsEntry("fiscalYear", 2025).containsEntry("resource", "statement")
                .containsEntry("requestId", "audit-create").containsEntry("beforeHash", null);
        assertThat((String) create.get("afterHash")).startsWith("sha256:");
        assertThat(rows.get(1).get("beforeHash")).isEqualTo(create.get("afterHash"));
        assertThat(rows.get(0).get("beforeHash")).isEqualTo(rows.get(1).get("afterHash"));
        assertThat(rows.get(0).get("afterHash")).isNull();
    }

    @Test
    void publishingAndWithdrawingAreRecorded() {
        String unit = "997002";
        given().header(Tokens.asPublisherOf(unit)).put("/api/v1/assets/" + unit + "/2025/revisions/1").then().statusCode(201);
        given().header(Tokens.asPublisherOf(unit)).put("/api/v1/assets/" + unit + "/2025/revisions/1").then().statusCode(200);
        given().header(Tokens.asPublisherOf(unit)).contentType(ContentType.JSON).body("{\"reason\":\"错误\"}")
                .post("/api/v1/assets/" + unit + "/2025/revisions/1/withdrawal").then().statusCode(200);
        given().header(Tokens.asPublisherOf(unit)).contentType(ContentType.JSON).body("{\"reason\":\"错误\"}")
                .post("/api/v1/assets/" + unit + "/2025/revisions/1/withdrawal").then().statusCode(200);
        List<String> actions = given().header(ADMIN).queryParam("unitCode", unit).get("/api/v1/assets/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).containsExactly("WITHDRAW", "PUBLISH");
    }

    @Test
    void theLogIsForAdminsOnlyAndPagesNewestFirst() {
        given().get("/api/v1/assets/audit").then().statusCode(401).contentType("application/problem+json");
        given().header(Tokens.bearer(Tokens.viewer("*"))).get("/api/v1/assets/audit").then().statusCode(403);
        given().header(Tokens.asEditorOf("*")).get("/api/v1/assets/audit").then().statusCode(403);
        String unit = "997003";
        for (int i = 0; i < 3; i++) {
            given().header(EDITOR).contentType(ContentType.JSON).body("{\"name\":\"n\",\"originalValue\":\"1.00\"}")
                    .put("/api/v1/assets/" + unit + "/equipment/E" + i).then().statusCode(201);
        }
        var first = given().header(ADMIN).queryParam("unitCode", unit).queryParam("limit", 2).get("/api/v1/assets/audit")
                .then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")).extract().jsonPath();
        assertThat(first.getList("items.resource")).containsExactly("equipment E2", "equipment E1");
        var second = given().header(ADMIN).queryParam("unitCode", unit).queryParam("limit", 2)
                .queryParam("after", first.getString("next")).get("/api/v1/assets/audit").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.resource")).containsExactly("equipment E0");
        assertThat(second.getString("next")).isNull();
        given().header(ADMIN).queryParam("after", "x").get("/api/v1/assets/audit").then().statusCode(400);
        given().header(ADMIN).queryParam("limit", 0).get("/api/v1/assets/audit").then().statusCode(400);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRowsAndRevisionContent() throws SQLException {
        given().header(EDITOR).contentType(ContentType.JSON).body("{\"none\":true}")
                .put("/api/v1/assets/997004/2025/purchased-services").then().statusCode(201);
        given().header(Tokens.asPublisherOf("997004")).put("/api/v1/assets/997004/2025/revisions/1").then().statusCode(409);
        given().header(Tokens.asPublisherOf("997005")).put("/api/v1/assets/997005/2025/revisions/1").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET actor = 'someone' WHERE unit_code = '997004'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log WHERE unit_code = '997004'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE asset_revision SET content = '{}' WHERE unit_code = '997005'"))
                    .hasMessageContaining("frozen");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM asset_revision WHERE unit_code = '997005'"))
                    .hasMessageContaining("append-only");
        }
        given().get("/api/v1/assets/997005/2025/revisions/1").then().statusCode(200).body("revision", equalTo(1));
    }
}
