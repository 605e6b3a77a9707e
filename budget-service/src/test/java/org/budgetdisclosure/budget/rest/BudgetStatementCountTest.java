package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.Tokens;
import org.budgetdisclosure.budget.support.LargeBudget;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

/**
 * A budget is read and written in a number of SQL statements that does not depend on how many lines it
 * has (no N+1): the sample (a few dozen lines) and a generated 300-line budget take the same bound.
 * Counted on the budget resource itself, whose reads are not cached (the derived views are).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BudgetStatementCountTest {

    /** Header and the seven line tables (projects and their amounts included): 8, for the sample and for 300 lines. */
    static final long READ_BOUND = 8;
    /**
     * Unit row, budget header, versioned update, the audit row, then one delete and one insert batch per line table
     * (seven tables; an empty list inserts nothing).
     */
    static final long WRITE_BOUND = 17;

    /** The sample as a draft, under its own unit, so it can be replaced (the published sample is frozen). */
    static final String SAMPLE = "/api/v1/budgets/T-COUNT/2025";
    static final String SAMPLE_BODY = Drafts.SAMPLE_BUDGET;
    static final String LARGE = "/api/v1/budgets/BENCH/2025";

    @Inject
    SessionFactory sessionFactory;

    private String largeJson;

    @BeforeEach
    void storeTheSampleAndA300LineBudget() throws Exception {
        for (String unit : new String[]{"T-COUNT", "BENCH"}) {
            Drafts.put("/api/v1/units/" + unit, SeedDocument.sample("unit-402001.json")).then().statusCode(oneOf(200, 201));
        }
        Drafts.put(SAMPLE, SAMPLE_BODY).then().statusCode(oneOf(200, 201));
        Budget large = LargeBudget.of(300, Catalogues.shipped(2025));
        assertThat(large.expenditureLines()).hasSize(300);
        largeJson = LargeBudget.json(large);
        Drafts.put(LARGE, largeJson).then().statusCode(oneOf(200, 201));
    }

    @Test
    void loadingA300LineBudgetTakesAConstantNumberOfStatements() {
        long sample = statementsOf(() -> Drafts.reader().get(SAMPLE).then().statusCode(200));
        long large = statementsOf(() -> Drafts.reader().get(LARGE).then().statusCode(200).body("expenditureLines", hasSize(300)));
        assertThat(sample).as("statements to read the sample budget").isLessThanOrEqualTo(READ_BOUND);
        assertThat(large).as("statements to read the 300-line budget").isLessThanOrEqualTo(READ_BOUND);
    }

    @Test
    void replacingA300LineBudgetTakesAConstantNumberOfStatements() {
        String sampleEtag = Drafts.etag(SAMPLE);
        String largeEtag = Drafts.etag(LARGE);
        long sample = statementsOf(() -> Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", sampleEtag)
                .body(SAMPLE_BODY.replace("中小企业发展专项资金减少", "计数")).put(SAMPLE).then().statusCode(200));
        long large = statementsOf(() -> Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", largeEtag)
                .body(largeJson.replace("基准测试", "计数")).put(LARGE).then().statusCode(200));
        assertThat(sample).as("statements to replace the sample budget").isLessThanOrEqualTo(WRITE_BOUND);
        assertThat(large).as("statements to replace the 300-line budget").isLessThanOrEqualTo(WRITE_BOUND);
    }

    private long statementsOf(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
