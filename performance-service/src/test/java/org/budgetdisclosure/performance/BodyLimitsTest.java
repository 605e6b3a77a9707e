package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Samples;
import org.budgetdisclosure.performance.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The documented body limits are kept: one character (or item, or digit) over a limit is a 422 problem naming the
 * field, and nothing is stored; a value at the limit, counted in characters as JSON Schema counts, is taken.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class BodyLimitsTest {

    private static final String TOKEN = Tokens.editor("LIM01", "LIM02");
    private static final String BASE = "/api/v1/performance/LIM01/2025";
    private static final String FULL = "/api/v1/performance/LIM02/2025";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASTRAL = "𠀀";

    @Inject
    EntityManager em;

    private ObjectNode form;
    private String stored;

    @BeforeEach
    void putAForm() throws Exception {
        form = (ObjectNode) JSON.readTree(Samples.read("form-402001250002.json"));
        form.remove("projectCode");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(form.toString()).put(BASE + "/forms/F1")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        stored = Drafts.read().get(BASE + "/forms/F1").then().statusCode(200).extract().asString();
    }

    private void refused(ObjectNode body, String... fields) {
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(body.toString()).put(BASE + "/forms/F1")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems(fields));
        assertThat(Drafts.read().get(BASE + "/forms/F1").then().extract().asString()).isEqualTo(stored);
    }

    @Test
    void aTextACodeAndAnArrayOneOverTheirLimitsAreEachNamedAndNothingIsStored() {
        ObjectNode bad = form.deepCopy();
        bad.put("projectName", "名".repeat(501));
        bad.put("overview", "概".repeat(20001));
        ((ObjectNode) bad.get("competentDepartment")).put("code", "9".repeat(33));
        ((ObjectNode) bad.get("metadata")).put("phone", "1".repeat(51));
        ArrayNode annual = bad.withArray("/indicators/annual");
        ObjectNode first = (ObjectNode) annual.get(0);
        annual.removeAll();
        for (int i = 0; i < 201; i++) {
            annual.add(first.deepCopy());
        }
        ((ObjectNode) bad.withArray("/indicators/implementationPeriod").get(0)).put("name", "指".repeat(501));
        ((ObjectNode) bad.withArray("/indicators/implementationPeriod").get(1)).put("target", "≥" + "9".repeat(100));
        refused(bad, "projectName", "overview", "competentDepartment.code", "metadata.phone", "indicators.annual",
                "indicators.implementationPeriod[0].name", "indicators.implementationPeriod[1].target");
    }

    @Test
    void valuesAtTheirLimitsAreTakenCountingCharactersNotUtf16Units() {
        ObjectNode atLimit = form.deepCopy();
        atLimit.put("projectName", ASTRAL.repeat(500));
        ((ObjectNode) atLimit.get("competentDepartment")).put("code", "9".repeat(32));
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(atLimit.toString()).put(BASE + "/forms/F1")
                .then().statusCode(200).body("projectName", equalTo(ASTRAL.repeat(500)));
    }

    @Test
    void aTargetWhoseNumberWouldNotFitTheDatabaseIsNamedNotA500() {
        ObjectNode bad = form.deepCopy();
        ((ObjectNode) bad.withArray("/indicators/annual").get(0)).put("target", "1" + "0".repeat(18) + "户");
        refused(bad, "indicators.annual[0].target");
        ObjectNode fits = form.deepCopy();
        ((ObjectNode) fits.withArray("/indicators/annual").get(0)).put("target", "9".repeat(18) + "户");
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(fits.toString()).put(BASE + "/forms/F1")
                .then().statusCode(200).body("indicators.annual[0].targetParsed.number", equalTo("9".repeat(18)));
    }

    @Test
    void aFilledAtOutsideItsYearsOrLengthAndMoneyOutsideItsPatternAreNamed() {
        ObjectNode late = form.deepCopy();
        ((ObjectNode) late.get("metadata")).put("filledAt", "3000-01-01T00:00:00+08:00");
        ((ObjectNode) late.at("/funds/annual")).put("total", " 400000.00");
        refused(late, "metadata.filledAt", "funds.annual.total");
        ObjectNode longer = form.deepCopy();
        ((ObjectNode) longer.get("metadata")).put("filledAt", "2025-01-16T10:19:07.123456789+08:00" + " ".repeat(6));
        refused(longer, "metadata.filledAt");
    }

    @Test
    void aGoalAndTheUnitsYearKeepTheirLimitsToo() {
        Tokens.as(TOKEN).contentType(ContentType.JSON)
                .body("{\"projectName\":\"" + "名".repeat(501) + "\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}")
                .put(BASE + "/goals/G1").then().statusCode(422).body("errors.field", hasItem("projectName"));
        Drafts.read().get(BASE + "/goals/G1").then().statusCode(404);

        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(Samples.read("unit.json")).put(BASE)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        String unitBefore = Drafts.read().get(BASE).then().statusCode(200).extract().asString();
        ObjectNode unit = JSON.createObjectNode().put("unitName", "单".repeat(201)).put("regionName", "上党区");
        unit.putObject("overallGoal").put("reported", true).put("amount", "0.00")
                .put("goalText", "目".repeat(20001)).put("statement", "述".repeat(2001));
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(unit.toString()).put(BASE)
                .then().statusCode(422).body("errors.field", hasItems("unitName", "overallGoal.goalText", "overallGoal.statement"));
        assertThat(Drafts.read().get(BASE).then().extract().asString()).isEqualTo(unitBefore);
    }

    @Test
    void aUnitsYearHoldsAtMost2000ProjectsAndRefusesTheNextNamingProjectCode() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from managed_goal where unit_code = 'LIM02'").executeUpdate();
            em.createNativeQuery("delete from performance_form where unit_code = 'LIM02'").executeUpdate();
            em.createNativeQuery("""
                    insert into managed_goal (unit_code, fiscal_year, project_code, project_name, category, amount)
                    select 'LIM02', 2025, 'G' || n, 'goal ' || n, 'OTHER_OPERATION', 1.00 from generate_series(1, 1999) n""")
                    .executeUpdate();
        });
        String goal = "{\"projectName\":\"one more\",\"category\":\"OTHER_OPERATION\",\"amount\":\"1.00\"}";
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(goal).put(FULL + "/goals/G2000").then().statusCode(201);
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(goal).put(FULL + "/goals/G2001")
                .then().statusCode(422).body("errors.field", equalTo(List.of("projectCode")));
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(form.toString()).put(FULL + "/forms/F2001")
                .then().statusCode(422).body("errors.field", equalTo(List.of("projectCode")));
        Drafts.read().get(FULL + "/goals/G2001").then().statusCode(404);
        Drafts.read().get(FULL + "/forms/F2001").then().statusCode(404);
        // a project already there may still be rewritten, and a form may take over its goal
        Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(goal.replace("one more", "renamed"))
                .put(FULL + "/goals/G1").then().statusCode(200);
        Tokens.as(TOKEN).contentType(ContentType.JSON).body(form.toString()).put(FULL + "/forms/G2")
                .then().statusCode(201);
        Drafts.read().get(FULL + "/goals").then().statusCode(200).body("items.size()", equalTo(2000));
    }
}
