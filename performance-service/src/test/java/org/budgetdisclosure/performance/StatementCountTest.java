package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Tokens;
import org.budgetdisclosure.performance.support.Samples;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * A unit's forms load in a number of SQL statements that does not grow with the number of forms or
 * indicators: the sample unit's 3 forms and a unit of 30 forms × 40 indicator rows (20 per period) cost the
 * same, counted by Hibernate's statistics over the real HTTP path.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class StatementCountTest {

    private static final String LARGE_UNIT = "BIG01";
    /** An editor of the units this test writes. */
    private static final String TOKEN = Tokens.editor(LARGE_UNIT);
    private static final int LARGE_FORMS = 30;
    private static final int INDICATORS_PER_PERIOD = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Statements per request: a page of ids + its forms with indicators; one fetch join for one form. */
    private static final long LIST_BOUND = 2;
    private static final long ONE_FORM_BOUND = 1;
    private static final long SUMMARY_BOUND = 2;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void loadTheSampleUnitAndALargeOne() throws Exception {
        Samples.load();
        ObjectNode form = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        form.remove("projectCode");
        form.put("published", false);
        for (String period : new String[] {"implementationPeriod", "annual"}) {
            ArrayNode printed = (ArrayNode) form.at("/indicators/" + period);
            ArrayNode many = JSON.createArrayNode();
            for (int i = 0; i < INDICATORS_PER_PERIOD; i++) {
                many.add(printed.get(i % printed.size()).deepCopy());
            }
            ((ObjectNode) form.get("indicators")).set(period, many);
        }
        for (int n = 1; n <= LARGE_FORMS; n++) {
            Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(form.toString())
                    .put("/api/v1/performance/" + LARGE_UNIT + "/2025/forms/" + code(n))
                    .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        }
    }

    @Test
    void loadingThirtyFormsOfFortyIndicatorsTakesAsFewStatementsAsTheThreeSampleForms() {
        Map<String, Long> sample = statements(Samples.UNIT, "402001250002", 3, 10);
        Map<String, Long> large = statements(LARGE_UNIT, code(17), LARGE_FORMS, INDICATORS_PER_PERIOD);
        System.out.printf("statements per request — sample unit (3 forms): %s; %d forms × %d indicators: %s%n",
                sample, LARGE_FORMS, 2 * INDICATORS_PER_PERIOD, large);
        assertThat(large).isEqualTo(sample);
        assertThat(large.get("list")).isLessThanOrEqualTo(LIST_BOUND);
        assertThat(large.get("validation")).isLessThanOrEqualTo(LIST_BOUND);
        assertThat(large.get("form")).isLessThanOrEqualTo(ONE_FORM_BOUND);
        assertThat(large.get("grid")).isLessThanOrEqualTo(ONE_FORM_BOUND);
        assertThat(large.get("summary")).isLessThanOrEqualTo(SUMMARY_BOUND);
    }

    private Map<String, Long> statements(String unit, String projectCode, int forms, int annualIndicators) {
        String base = "/api/v1/performance/" + unit + "/2025";
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("list", counted(() -> Drafts.read().queryParam("limit", 200).get(base + "/forms").then().statusCode(200)
                .body("items.size()", equalTo(forms))));
        counts.put("validation", counted(() -> Drafts.read().get(base + "/validation").then().statusCode(200)));
        counts.put("form", counted(() -> Drafts.read().get(base + "/forms/" + projectCode).then().statusCode(200)
                .body("indicators.annual.size()", equalTo(annualIndicators))));
        counts.put("grid", counted(() -> Drafts.read().get(base + "/forms/" + projectCode + "/grid").then().statusCode(200)));
        counts.put("summary", counted(() -> Drafts.read().get(base + "/summary").then().statusCode(200)));
        return counts;
    }

    private long counted(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private static String code(int n) {
        return String.format("BIG01250%03d", n);
    }
}
