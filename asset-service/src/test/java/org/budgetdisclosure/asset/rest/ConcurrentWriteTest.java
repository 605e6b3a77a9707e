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
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the unit lock, writes that race each other still end as if they had come one after the
 * other (the @Version check, the plate index and the retry in a new transaction), and never in a 500.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConcurrentWriteTest {

    private static final int ROUNDS = 5;
    /** Every write sends the token of an editor of the units this test writes (docs/identity.md). */
    private static final Header EDITOR = Tokens.asEditorOf("9903*");

    @Test
    void twoVehiclesWithTheSamePlateWrittenAtOnceGiveOne201AndOne422() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String base = "/api/v1/assets/99030" + round + "/vehicles/";
            String plate = "B100" + round;
            List<Integer> statuses = both(
                    () -> put(base + "A", "{\"plateNumber\":\"晋D·" + plate + "\",\"category\":\"OTHER_OFFICIAL\"}", null),
                    () -> put(base + "B", "{\"plateNumber\":\"晋d " + plate.toLowerCase() + "\",\"category\":\"OTHER_OFFICIAL\"}", null));
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
            assertThat(given().header(Tokens.asViewer()).get("/api/v1/assets/99030" + round + "/vehicles").then().statusCode(200)
                    .extract().jsonPath().getList("items")).hasSize(1);
        }
    }

    @Test
    void twoItemWritesOnTheSameVersionGiveOne200AndOne412() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String url = "/api/v1/assets/990310/equipment/E" + round;
            put(url, "{\"name\":\"服务器\",\"originalValue\":\"1000.00\"}", null);
            String etag = given().header(Tokens.asViewer()).get(url).then().statusCode(200).extract().header("ETag");
            List<Integer> statuses = both(
                    () -> put(url, "{\"name\":\"服务器\",\"originalValue\":\"2000.00\"}", etag),
                    () -> put(url, "{\"name\":\"服务器\",\"originalValue\":\"3000.00\"}", etag));
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        }
    }

    @Test
    void twoCreatesOfTheSameStatementWithoutIfMatchGiveOne201AndOne428() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2030 + round;
            String url = "/api/v1/assets/990320/" + year + "/statement";
            List<Integer> statuses = both(
                    () -> put(url, "{\"asOfDate\":\"" + year + "-05-14\",\"officeSpace\":\"10.00\"}", null),
                    () -> put(url, "{\"asOfDate\":\"" + year + "-05-14\",\"officeSpace\":\"20.00\"}", null));
            // The second is an update of what the first created, and an update needs If-Match.
            assertThat(statuses).containsExactlyInAnyOrder(201, 428);
        }
    }

    @Test
    void twoWholeRegisterWritesAtOnceGiveOne204AndOne428AndTheWinnerIsStored() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String url = "/api/v1/assets/99033" + round + "/vehicles";
            List<Integer> statuses = both(
                    () -> put(url, "{\"vehicles\":[{\"vehicleId\":\"V1\",\"plateNumber\":\"晋D00001\",\"category\":\"LEADERSHIP\"},"
                            + "{\"vehicleId\":\"V2\",\"plateNumber\":\"晋D00002\",\"category\":\"LEADERSHIP\"}]}", null),
                    () -> put(url, "{\"vehicles\":[{\"vehicleId\":\"V2\",\"plateNumber\":\"晋D00001\",\"category\":\"LEADERSHIP\"},"
                            + "{\"vehicleId\":\"V3\",\"plateNumber\":\"晋D00003\",\"category\":\"LEADERSHIP\"}]}", null));
            assertThat(statuses).containsExactlyInAnyOrder(204, 428);
            List<String> ids = given().header(Tokens.asViewer()).get(url).then().statusCode(200).extract().jsonPath().getList("items.vehicleId");
            assertThat(ids).isEqualTo(statuses.get(0) == 204 ? List.of("V1", "V2") : List.of("V2", "V3"));
        }
    }

    private static int put(String url, String body, String ifMatch) {
        var request = given().header(EDITOR).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(url).statusCode();
    }

    /** Runs both writes at the same moment and returns their statuses in order. */
    private static List<Integer> both(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> write : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return write.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
