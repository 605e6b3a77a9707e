package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Tokens;
import org.budgetdisclosure.performance.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * Writers that race: the If-Match check and the write are one transaction guarded by @Version, and a create
 * that loses to another create is answered 409 (POST) or replaces (PUT) — never 500.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class ConcurrentWritesTest {

    /** An editor of the units this test writes. */
    private static final String TOKEN = Tokens.editor("RACE01");

    private static final String BASE = "/api/v1/performance/RACE01/2025";
    private static final int WRITERS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode sample;

    @BeforeEach
    void readSample() throws Exception {
        sample = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        sample.remove("projectCode");
    }

    @Test
    void sixteenWritersOnTheSameETagGiveExactlyOne200AndOtherwise412() throws Exception {
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(sample.toString()).put(BASE + "/forms/R1")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String etag = given().get(BASE + "/forms/R1").then().statusCode(200).extract().header("ETag");

        List<Integer> statuses = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-Match", etag)
                .body(sample.deepCopy().put("projectName", "writer " + i).toString()), spec -> spec.put(BASE + "/forms/R1"));

        assertThat(count(statuses)).as("statuses %s", statuses).isEqualTo(Map.of(200, 1L, 412, (long) WRITERS - 1));
        String stored = given().get(BASE + "/forms/R1").then().statusCode(200).extract().path("projectName");
        assertThat(stored).startsWith("writer ");
    }

    @Test
    void sixteenConcurrentPostsOfTheSameFormGiveExactlyOne201AndOtherwise409() throws Exception {
        Tokens.as(TOKEN).delete(BASE + "/forms/R2");
        List<Integer> statuses = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON)
                .body(sample.deepCopy().put("projectCode", "R2").put("projectName", "creator " + i).toString()),
                spec -> spec.post(BASE + "/forms"));

        assertThat(count(statuses)).as("statuses %s", statuses).isEqualTo(Map.of(201, 1L, 409, (long) WRITERS - 1));
    }

    @Test
    void sixteenConcurrentPutsOfANewFormGiveOne201AndOtherwise200() throws Exception {
        Tokens.as(TOKEN).delete(BASE + "/forms/R3");
        List<Integer> statuses = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON)
                .body(sample.deepCopy().put("projectName", "putter " + i).toString()), spec -> spec.put(BASE + "/forms/R3"));

        assertThat(count(statuses)).as("statuses %s", statuses).isEqualTo(Map.of(201, 1L, 200, (long) WRITERS - 1));
    }

    @Test
    void sixteenConcurrentPutsOfANewGoalGiveOne201AndOtherwise200() throws Exception {
        Tokens.as(TOKEN).delete(BASE + "/goals/G9");
        List<Integer> statuses = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON)
                .body("{\"projectName\":\"goal " + i + "\",\"category\":\"OTHER_OPERATION\",\"amount\":\"" + i + ".00\"}"),
                spec -> spec.put(BASE + "/goals/G9"));

        assertThat(count(statuses)).as("statuses %s", statuses).isEqualTo(Map.of(201, 1L, 200, (long) WRITERS - 1));
    }

    /** Prepares every request first, then lets all of them go at once; bounded in count and time. */
    private static List<Integer> race(IntFunction<RequestSpecification> prepare,
                                      Function<RequestSpecification, io.restassured.response.Response> send)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                RequestSpecification spec = prepare.apply(i);
                Callable<Integer> writer = () -> {
                    ready.countDown();
                    go.await();
                    return send.apply(spec).statusCode();
                };
                results.add(pool.submit(writer));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> count(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
