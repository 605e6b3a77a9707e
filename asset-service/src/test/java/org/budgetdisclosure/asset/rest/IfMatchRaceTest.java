package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * If-Match is required on every update and delete (428 without it), and it makes concurrent writers safe:
 * 20 writers carrying the same ETag, released together, give exactly one 200 (or 204) and nineteen 412, and the
 * stored content is the winner's (no lost update); the audit log holds exactly one row for the race.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IfMatchRaceTest {

    private static final int WRITERS = 20;
    private static final Header EDITOR = Tokens.asEditorOf("996*");
    private static final Header VIEWER = Tokens.bearer(Tokens.viewer("996*"));
    private static final Header ADMIN = Tokens.bearer(Tokens.admin());

    @Test
    void theStatement() throws Exception {
        race("/api/v1/assets/996001/2025/statement", true,
                i -> "{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"" + (100 + i) + ".00\"}",
                "{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"1.00\"}", "officeSpace", i -> (100 + i) + ".00");
    }

    @Test
    void theProcurementBudget() throws Exception {
        race("/api/v1/assets/996002/2025/procurement", true,
                i -> "{\"items\":[{\"type\":\"GOODS\",\"description\":\"writer " + i + "\",\"amount\":\"1.00\"}]}",
                "{\"items\":[]}", "items[0].description", i -> "writer " + i);
    }

    @Test
    void thePurchasedServices() throws Exception {
        race("/api/v1/assets/996003/2025/purchased-services", true,
                i -> "{\"none\":true,\"note\":\"writer " + i + "\"}",
                "{\"none\":true,\"note\":\"start\"}", "note", i -> "writer " + i);
    }

    @Test
    void aVehicle() throws Exception {
        race("/api/v1/assets/996004/vehicles/V-1", false,
                i -> "{\"category\":\"OTHER_OFFICIAL\",\"note\":\"writer " + i + "\"}",
                "{\"category\":\"OTHER_OFFICIAL\"}", "note", i -> "writer " + i);
    }

    @Test
    void anEquipmentItem() throws Exception {
        race("/api/v1/assets/996005/equipment/E-1", false,
                i -> "{\"name\":\"writer " + i + "\",\"originalValue\":\"1.00\"}",
                "{\"name\":\"start\",\"originalValue\":\"1.00\"}", "name", i -> "writer " + i);
    }

    @Test
    void theWholeVehicleRegister() throws Exception {
        race("/api/v1/assets/996006/vehicles", false,
                i -> "{\"vehicles\":[{\"vehicleId\":\"W" + i + "\",\"category\":\"LEADERSHIP\"}]}",
                "{\"vehicles\":[{\"vehicleId\":\"S\",\"category\":\"LEADERSHIP\"}]}", "items[0].vehicleId", i -> "W" + i);
    }

    @Test
    void theWholeEquipmentRegister() throws Exception {
        race("/api/v1/assets/996007/equipment", false,
                i -> "{\"equipment\":[{\"equipmentId\":\"W" + i + "\",\"name\":\"x\",\"originalValue\":\"1.00\"}]}",
                "{\"equipment\":[{\"equipmentId\":\"S\",\"name\":\"x\",\"originalValue\":\"1.00\"}]}", "items[0].equipmentId", i -> "W" + i);
    }

    @Test
    void updatesAndDeletesWithoutIfMatchAre428AndChangeNothing() {
        String url = "/api/v1/assets/996010/2025/procurement";
        given().header(EDITOR).contentType(ContentType.JSON).header("If-None-Match", "*")
                .body("{\"items\":[{\"type\":\"GOODS\",\"description\":\"a\",\"amount\":\"1.00\"}]}").put(url).then().statusCode(201);
        given().header(EDITOR).contentType(ContentType.JSON).header("If-None-Match", "*")
                .body("{\"items\":[]}").put(url).then().statusCode(412);
        given().header(EDITOR).contentType(ContentType.JSON).body("{\"items\":[]}").put(url).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        given().header(EDITOR).delete(url).then().statusCode(428);
        given().header(VIEWER).queryParam("revision", "draft").get(url).then().statusCode(200).body("items[0].description", equalTo("a"));
        given().header(EDITOR).delete("/api/v1/assets/996010/vehicles/none").then().statusCode(404);
        given().header(EDITOR).contentType(ContentType.JSON).header("If-Match", "\"whatever\"")
                .body("{\"category\":\"LEADERSHIP\"}").put("/api/v1/assets/996010/vehicles/V-9").then().statusCode(412);
    }

    /**
     * Creates the resource (start), reads its ETag, then lets 20 writers with that ETag go at once. itemPath is
     * whether the resource is a unit-year part (read with revision=draft); check names the JSON path read back.
     */
    private static void race(String url, boolean unitYear, IntFunction<String> body, String start, String check,
                             IntFunction<String> expected) throws Exception {
        given().header(EDITOR).contentType(ContentType.JSON).body(start).put(url).then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 204));
        String etag = read(url, unitYear).header("ETag");
        assertThat(etag).isNotNull();
        given().header(EDITOR).contentType(ContentType.JSON).body(body.apply(0)).put(url).then().statusCode(428);
        long auditBefore = auditRows(url);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch ready = new CountDownLatch(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String json = body.apply(i);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return given().header(EDITOR).header("If-Match", etag).contentType(ContentType.JSON).body(json)
                            .put(url).statusCode();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            int success = url.endsWith("/vehicles") || url.endsWith("/equipment") ? 204 : 200;
            assertThat(statuses).filteredOn(s -> s == success).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(WRITERS - 1);
            int winner = statuses.indexOf(success);
            assertThat(read(url, unitYear).jsonPath().getString(check)).isEqualTo(expected.apply(winner));
            assertThat(auditRows(url) - auditBefore).as("audit rows for the race").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static io.restassured.response.Response read(String url, boolean unitYear) {
        var request = given().header(VIEWER);
        if (unitYear) {
            request.queryParam("revision", "draft");
        }
        return request.get(url).then().statusCode(200).extract().response();
    }

    /** Rows of the audit log whose path is url (newest 200 of the unit). */
    private static long auditRows(String url) {
        String unit = url.split("/")[4];
        List<String> paths = given().header(ADMIN).queryParam("unitCode", unit).queryParam("limit", 200)
                .get("/api/v1/assets/audit").then().statusCode(200).extract().jsonPath().getList("items.path");
        return paths.stream().filter(url::equals).count();
    }
}
