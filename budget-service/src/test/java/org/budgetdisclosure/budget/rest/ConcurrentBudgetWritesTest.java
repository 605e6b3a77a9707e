package org.budgetdisclosure.budget.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.budgetdisclosure.budget.AuthoredTexts;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.repository.BudgetRepository;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.Tokens;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

/**
 * Writers of one budget or unit, without any lock: the budget's JPA version (the unit's row lock) alone decides
 * which one wins. The first test forces the race (both read the same version before either writes); the others run
 * it over HTTP with 20 writers on one ETag (exactly one 200, 19 × 412, the winner's content stays) and two creates
 * (one 201, one 412).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConcurrentBudgetWritesTest {

    static final String DRAFT = Drafts.SAMPLE_BUDGET;

    @Inject
    BudgetRepository budgets;

    @Test
    void theVersionAloneStopsTheSecondOfTwoWritersThatReadTheSameRevision() throws Exception {
        storeUnit("T-RACE");
        Drafts.put("/api/v1/budgets/T-RACE/2025", DRAFT).then().statusCode(oneOf(200, 201));
        CountDownLatch bothRead = new CountDownLatch(2);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (String reason : List.of("甲", "乙")) {
            Budget changed = withChangeReason(SampleBudget.budget().withIdentity("T-RACE", 2025, 0), reason);
            writers.add(() -> QuarkusTransaction.requiringNew().call(() -> {
                BudgetRepository.Current current = budgets.current("T-RACE", 2025).orElseThrow();
                bothRead.countDown();
                assertThat(bothRead.await(20, TimeUnit.SECONDS)).isTrue();
                return budgets.save(changed, "hash-" + reason, current.id());
            }));
        }
        List<Object> outcomes = runTogether(writers, null);
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof Integer).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Throwable t && lostOnTheVersion(t)).hasSize(1);
    }

    @Test
    void ofTwentyWritersOnTheSameETagExactlyOneWinsAndItsContentStays() throws Exception {
        storeUnit("T-RACE2");
        String path = "/api/v1/budgets/T-RACE2/2025";
        assertThat(Drafts.put(path, DRAFT).statusCode()).isIn(200, 201);
        String etag = Drafts.etag(path);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            String body = DRAFT.replace("中小企业发展专项资金减少", "写者" + w);
            writers.add(() -> {
                start.await();
                return Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body).put(path).statusCode();
            });
        }
        List<Object> outcomes = runTogether(writers, start);
        assertThat(outcomes).filteredOn(o -> o.equals(200)).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals(412)).hasSize(19);
        int winner = outcomes.indexOf(200);
        Drafts.reader().get(path).then().statusCode(200)
                .body("texts.changeReason", org.hamcrest.Matchers.equalTo("写者" + winner))
                .body("version", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void ofTwentyWritersOfAUnitOnTheSameETagExactlyOneWinsAndItsContentStays() throws Exception {
        storeUnit("T-URACE");
        String path = "/api/v1/units/T-URACE";
        String etag = Drafts.etag(path);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            String body = SeedDocument.sample("unit-402001.json").replace("长治市上党区中小企业服务中心", "单位" + w);
            writers.add(() -> {
                start.await();
                return Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body).put(path).statusCode();
            });
        }
        List<Object> outcomes = runTogether(writers, start);
        assertThat(outcomes).filteredOn(o -> o.equals(200)).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals(412)).hasSize(19);
        given().get(path).then().body("name", org.hamcrest.Matchers.equalTo("单位" + outcomes.indexOf(200)));
    }

    @Test
    void ofTwoCreatesOfANewBudgetWithoutPreconditionOneIsCreatedAndTheOtherOverwritesNothing() throws Exception {
        for (int round = 0; round < 5; round++) {
            String unit = "T-NEW" + round;
            storeUnit(unit);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> writers = new ArrayList<>();
            for (String side : List.of("甲", "乙")) {
                String body = DRAFT.replace("中小企业发展专项资金减少", side);
                writers.add(() -> {
                    start.await();
                    return Tokens.asAdmin().contentType(ContentType.JSON).body(body).put("/api/v1/budgets/" + unit + "/2025").statusCode();
                });
            }
            // The loser either collides with the winner's insert (412) or, arriving after the winner committed,
            // finds a draft it did not name with If-Match (428): either way it overwrites nothing.
            List<Object> outcomes = runTogether(writers, start);
            assertThat(outcomes).as("round " + round).containsOnlyOnce(201);
            assertThat(outcomes).as("round " + round).filteredOn(o -> !o.equals(201)).singleElement().isIn(412, 428);
            Drafts.reader().get("/api/v1/budgets/" + unit + "/2025").then().statusCode(200);
        }
    }

    @Test
    void ofTwoCreatesOfAUnitOneIsCreatedAndTheOtherGets412() throws Exception {
        for (int round = 0; round < 5; round++) {
            String unit = "T-UNIT" + round;
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                writers.add(() -> {
                    start.await();
                    return Tokens.asAdmin().contentType(ContentType.JSON).header("If-None-Match", "*")
                            .body(SeedDocument.sample("unit-402001.json")).put("/api/v1/units/" + unit).statusCode();
                });
            }
            assertThat(runTogether(writers, start)).as("round " + round).containsExactlyInAnyOrder(201, 412);
        }
    }

    private static void storeUnit(String code) {
        Drafts.put("/api/v1/units/" + code, SeedDocument.sample("unit-402001.json")).then().statusCode(oneOf(200, 201));
    }

    private static Budget withChangeReason(Budget b, String reason) {
        AuthoredTexts t = b.texts();
        return new Budget(b.unitCode(), b.fiscalYear(), b.status(), b.version(), b.disclosureDate(), b.income(),
                b.expenditureLines(), b.basicExpenditureByEconomic(), b.projects(), b.threePublicExpenses(),
                b.operatingExpenses(), b.priorYear(),
                new AuthoredTexts(reason, t.threePublicExpensesChangeReason(), t.operatingExpensesChangeReason(), t.otherNotes()));
    }

    private static boolean lostOnTheVersion(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** Runs the tasks at once; each outcome is the task's value or what it threw. */
    private static <T> List<Object> runTogether(List<Callable<T>> tasks, CountDownLatch start) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            if (start != null) {
                start.countDown();
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    outcomes.add(e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
