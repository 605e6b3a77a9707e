package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
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
 * Writers that race, 20 at once over real HTTP: of writers holding the same ETag exactly one wins (200) and the
 * rest get 412, and the stored content is the winner's (no lost update), for forms (@Version), goals and the unit's
 * year (row locks). A create that loses to another create is 409 (POST), 428 (PUT without precondition: it now
 * exists and a replace needs If-Match) or 412 (PUT with If-None-Match: *) — never 500.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class ConcurrentWritesTest {

    /** An editor of the units this test writes. */
    private static final String TOKEN = Tokens.editor("RACE01");

    private static final String BASE = "/api/v1/performance/RACE01/2025";
    private static final int WRITERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode sample;

    @BeforeEach
    void readSample() throws Exception {
        sample = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        sample.remove("projectCode");
    }

    @Test
    void twentyFormWritersOnTheSameETagGiveExactlyOne200AndOtherwise412AndTheWinnersContent() throws Exception {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(sample.toString()).put(BASE + "/forms/R1")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String etag = Drafts.etag(BASE + "/forms/R1");

        List<io.restassured.response.Response> answers = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-Match", etag)
                .body(sample.deepCopy().put("projectName", "writer " + i).toString()), spec -> spec.put(BASE + "/forms/R1"));

        assertThat(count(answers)).as("statuses %s", statuses(answers)).isEqualTo(Map.of(200, 1L, 412, (long) WRITERS - 1));
        assertThat(Drafts.read().get(BASE + "/forms/R1").then().statusCode(200).extract().<String>path("projectName"))
                .isEqualTo(winner(answers).path("projectName"));
    }

    @Test
    void twentyGoalWritersOnTheSameETagGiveExactlyOne200AndOtherwise412AndTheWinnersContent() throws Exception {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON)
                .body("{\"projectName\":\"goal\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}")
                .put(BASE + "/goals/G1").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String etag = Drafts.etag(BASE + "/goals/G1");

        List<io.restassured.response.Response> answers = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"projectName\":\"goal " + i + "\",\"category\":\"OTHER_OPERATION\",\"amount\":\"" + i + ".00\"}"),
                spec -> spec.put(BASE + "/goals/G1"));

        assertThat(count(answers)).as("statuses %s", statuses(answers)).isEqualTo(Map.of(200, 1L, 412, (long) WRITERS - 1));
        assertThat(Drafts.read().get(BASE + "/goals/G1").then().statusCode(200).extract().<String>path("projectName"))
                .isEqualTo(winner(answers).path("projectName"));
    }

    @Test
    void twentyUnitYearWritersOnTheSameETagGiveExactlyOne200AndOtherwise412AndTheWinnersContent() throws Exception {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body("{\"unitName\":\"start\",\"regionName\":\"上党区\"}")
                .put(BASE).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String etag = Drafts.etag(BASE);

        List<io.restassured.response.Response> answers = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"unitName\":\"writer " + i + "\",\"regionName\":\"上党区\"}"), spec -> spec.put(BASE));

        assertThat(count(answers)).as("statuses %s", statuses(answers)).isEqualTo(Map.of(200, 1L, 412, (long) WRITERS - 1));
        assertThat(Drafts.read().get(BASE).then().statusCode(200).extract().<String>path("unitName"))
                .isEqualTo(winner(answers).path("unitName"));
    }

    @Test
    void twentyConcurrentPostsOfTheSameFormGiveExactlyOne201AndOtherwise409() throws Exception {
        Drafts.upsert(TOKEN).delete(BASE + "/forms/R2");
        List<io.restassured.response.Response> answers = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON)
                .body(sample.deepCopy().put("projectCode", "R2").put("projectName", "creator " + i).toString()),
                spec -> spec.post(BASE + "/forms"));

        assertThat(count(answers)).as("statuses %s", statuses(answers)).isEqualTo(Map.of(201, 1L, 409, (long) WRITERS - 1));
    }

    @Test
    void twentyConcurrentPutsOfANewFormWithoutPreconditionGiveOne201AndOtherwise428() throws Exception {
        Drafts.upsert(TOKEN).delete(BASE + "/forms/R3");
        List<io.restassured.response.Response> answers = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON)
                .body(sample.deepCopy().put("projectName", "putter " + i).toString()), spec -> spec.put(BASE + "/forms/R3"));

        assertThat(count(answers)).as("statuses %s", statuses(answers)).isEqualTo(Map.of(201, 1L, 428, (long) WRITERS - 1));
    }

    @Test
    void twentyConcurrentCreateOnlyPutsOfANewGoalGiveOne201AndOtherwise412() throws Exception {
        Drafts.upsert(TOKEN).delete(BASE + "/goals/G9");
        List<io.restassured.response.Response> answers = race(i -> Tokens.as(TOKEN).contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .body("{\"projectName\":\"goal " + i + "\",\"category\":\"OTHER_OPERATION\",\"amount\":\"" + i + ".00\"}"),
                spec -> spec.put(BASE + "/goals/G9"));

        assertThat(count(answers)).as("statuses %s", statuses(answers)).isEqualTo(Map.of(201, 1L, 412, (long) WRITERS - 1));
        assertThat(Drafts.read().get(BASE + "/goals/G9").then().statusCode(200).extract().<String>path("projectName"))
                .isEqualTo(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().path("projectName"));
    }

    private static io.restassured.response.Response winner(List<io.restassured.response.Response> answers) {
        return answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
    }

    private static List<Integer> statuses(List<io.restassured.response.Response> answers) {
        return answers.stream().map(io.restassured.response.Response::statusCode).toList();
    }

    /** Prepares every request first, then lets all of them go at once; bounded in count and time. */
    private static List<io.restassured.response.Response> race(IntFunction<RequestSpecification> prepare,
                                      Function<RequestSpecification, io.restassured.response.Response> send)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<io.restassured.response.Response>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                RequestSpecification spec = prepare.apply(i);
                Callable<io.restassured.response.Response> writer = () -> {
                    ready.countDown();
                    go.await();
                    return send.apply(spec);
                };
                results.add(pool.submit(writer));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<io.restassured.response.Response> answers = new ArrayList<>();
            for (Future<io.restassured.response.Response> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> count(List<io.restassured.response.Response> answers) {
        return answers.stream().collect(Collectors.groupingBy(io.restassured.response.Response::statusCode, Collectors.counting()));
    }
}
