package org.budgetdisclosure.budget.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.budgetdisclosure.budget.publication.ContentHash;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.budgetdisclosure.budget.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Revisions over real HTTP: freezing, replaying, serving the frozen bytes whatever changes later, withdrawal, audit. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RevisionApiTest {

    static final String UNIT = "T-PUB";
    static final String BUDGET = "/api/v1/budgets/" + UNIT + "/2025";
    static final String REVISIONS = BUDGET + "/revisions";
    static final String UNIT_JSON = SeedDocument.sample("unit-402001.json");

    @Inject
    EntityManager entityManager;

    @Test
    void aRevisionServesTheSameBytesAfterTheDraftTheUnitAndTheCatalogueChange() {
        Drafts.put("/api/v1/units/" + UNIT, UNIT_JSON).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Drafts.put(BUDGET, Drafts.SAMPLE_BUDGET).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        assertThat(given().get(BUDGET).statusCode()).as("nothing published yet").isEqualTo(404);
        assertThat(given().get(REVISIONS).statusCode()).isEqualTo(404);
        int n = Drafts.publish(UNIT, 2025);

        Response revision = given().get(REVISIONS + "/" + n);
        revision.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .body("state", equalTo("PUBLISHED")).body("content.budget.status", equalTo("PUBLISHED"))
                .body("content.unit.name", equalTo("长治市上党区中小企业服务中心")).body("content.glossary.size()", equalTo(0))
                .body("publishedBy", equalTo("budget-service-tests"));
        String body = revision.asString();
        String content = body.substring(body.lastIndexOf(",\"content\":{\"unit\"") + ",\"content\":".length(), body.length() - 1);
        assertThat(ContentHash.of(content)).isEqualTo(revision.path("contentHash"));

        Map<String, String> before = frozenViews(n);
        given().get(BUDGET + "?revision=" + n).then().header("Publication-Revision", equalTo(String.valueOf(n)))
                .header("Publication-State", equalTo("PUBLISHED"));

        // the unit is renamed, the 2025 functional catalogue replaced, the draft changed
        Drafts.put("/api/v1/units/" + UNIT, UNIT_JSON.replace("长治市上党区中小企业服务中心", "改名以后的单位")).then().statusCode(200);
        String catalogue = Catalogues.read("functional-2025.csv");
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(catalogue.replace("行政运行", "改过的行政运行"))
                .put("/api/v1/classifications/functional/2025").then().statusCode(200);
        try {
            Drafts.put(BUDGET, Drafts.SAMPLE_BUDGET.replace("中小企业发展专项资金减少", "草稿改了")).then().statusCode(200);
            Drafts.reader().get(BUDGET + "/tables").then().body("unitName", equalTo("改名以后的单位"));
            assertThat(frozenViews(n)).isEqualTo(before);

            // revision n + 1 records what changed
            int next = Drafts.publish(UNIT, 2025);
            assertThat(next).isEqualTo(n + 1);
            given().get(REVISIONS + "/" + next).then().statusCode(200)
                    .body("changes.previousRevision", equalTo(n))
                    .body("changes.items.path", hasItem("budget.texts.changeReason"))
                    .body("changes.items.path", hasItem("unit.name"))
                    .body("changes.items.find { it.path == 'budget.texts.changeReason' }.after", equalTo("草稿改了"));
            given().get(BUDGET).then().statusCode(200).header("Publication-Revision", equalTo(String.valueOf(next)))
                    .header("Cache-Control", equalTo("public, max-age=60")).body("texts.changeReason", equalTo("草稿改了"));
            assertThat(frozenViews(n)).isEqualTo(before);
        } finally {
            Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(catalogue)
                    .put("/api/v1/classifications/functional/2025").then().statusCode(200);
        }
    }

    @Test
    void freezingFollowsTheRevisionNumberRuleAndAReplayChangesNothing() {
        String unit = "T-RULE";
        String budget = "/api/v1/budgets/" + unit + "/2025";
        Drafts.put("/api/v1/units/" + unit, UNIT_JSON).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Drafts.put(budget, Drafts.SAMPLE_BUDGET).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        String publisher = Tokens.publisher(unit);
        Tokens.as(publisher).contentType(ContentType.JSON).body("{}").put(budget + "/revisions/2").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("The next revision")).body("errors.size()", equalTo(0));
        Response first = Tokens.as(publisher).contentType(ContentType.JSON).body("{\"glossary\":[{\"term\":\"三公经费\"}]}")
                .put(budget + "/revisions/1");
        first.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(budget + "/revisions/1"));
        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"glossary\":[{\"term\":\"三公经费\"}]}")
                .put(budget + "/revisions/1").then().statusCode(200).body("contentHash", equalTo(first.path("contentHash")));
        Tokens.as(publisher).contentType(ContentType.JSON).header("If-None-Match", "*").body("{\"glossary\":[{\"term\":\"三公经费\"}]}")
                .put(budget + "/revisions/1").then().statusCode(412);
        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"glossary\":[]}").put(budget + "/revisions/1").then().statusCode(409);
        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"glossary\":[{\"term\":[3]}]}").put(budget + "/revisions/2")
                .then().statusCode(422).body("errors[0].field", equalTo("glossary[0].term"));
        Tokens.as(publisher).get(budget + "/revisions").then().statusCode(200).body("latest", equalTo(1))
                .body("draftHash", equalTo(first.path("contentHash")));
        given().get(budget + "/revisions").then().statusCode(200).body("draftHash", nullValue()).body("items.size()", equalTo(1));
        Tokens.as(publisher).contentType(ContentType.JSON).body("{}").put("/api/v1/budgets/" + unit + "/2026/revisions/1").then().statusCode(404);
    }

    @Test
    void aWithdrawnRevisionStaysRetrievableAndTheDefaultFallsBack() {
        String unit = "T-WD";
        String budget = "/api/v1/budgets/" + unit + "/2025";
        Drafts.put("/api/v1/units/" + unit, UNIT_JSON).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Drafts.put(budget, Drafts.SAMPLE_BUDGET).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        int first = Drafts.publish(unit, 2025);
        Drafts.put(budget, Drafts.SAMPLE_BUDGET.replace("中小企业发展专项资金减少", "第二版")).then().statusCode(200);
        int second = Drafts.publish(unit, 2025);
        String publisher = Tokens.publisher(unit);
        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"reason\":\"\"}").post(budget + "/revisions/" + second + "/withdrawal")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Response withdrawn = Tokens.as(publisher).contentType(ContentType.JSON).body("{\"reason\":\"依法撤回\"}")
                .post(budget + "/revisions/" + second + "/withdrawal");
        withdrawn.then().statusCode(200).body("state", equalTo("WITHDRAWN")).body("withdrawal.reason", equalTo("依法撤回"));
        Tokens.as(publisher).contentType(ContentType.JSON).body("{\"reason\":\"再次\"}").post(budget + "/revisions/" + second + "/withdrawal")
                .then().statusCode(200).body("withdrawal.reason", equalTo("依法撤回")).body("withdrawal.at", equalTo(withdrawn.path("withdrawal.at")));
        given().get(budget).then().statusCode(200).header("Publication-Revision", equalTo(String.valueOf(first)));
        given().get(budget + "?revision=" + second).then().statusCode(200).header("Publication-State", equalTo("WITHDRAWN"))
                .body("texts.changeReason", equalTo("第二版"));
        given().get(budget + "?revision=99").then().statusCode(404);

        // deleting the draft keeps the revisions served; the unit cannot go
        Drafts.delete(Tokens.editor(unit), budget).then().statusCode(204);
        given().get(budget).then().statusCode(200);
        Drafts.reader().get(budget).then().statusCode(404);
        Drafts.delete(Tokens.admin(), "/api/v1/units/" + unit).then().statusCode(409);
    }

    @Test
    void anAnonymousListShowsOnlyPublishedUnitYearsAndAReaderAlsoItsDrafts() {
        String unit = "T-LIST";
        Drafts.put("/api/v1/units/" + unit, UNIT_JSON).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Drafts.put("/api/v1/budgets/" + unit + "/2025", Drafts.SAMPLE_BUDGET).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().queryParam("limit", 200).get("/api/v1/budgets").then().statusCode(200).body("items.unitCode", not(hasItem(unit)));
        Tokens.as(Tokens.viewer("T-L*")).queryParam("limit", 200).get("/api/v1/budgets").then().statusCode(200)
                .body("items.find { it.unitCode == 'T-LIST' }.draft.status", equalTo("APPROVED"))
                .body("items.find { it.unitCode == 'T-LIST' }.published", nullValue());
        Tokens.as(Tokens.viewer("402002")).queryParam("limit", 200).get("/api/v1/budgets").then().body("items.unitCode", not(hasItem(unit)));
        Drafts.publish(unit, 2025);
        given().queryParam("limit", 200).get("/api/v1/budgets").then().statusCode(200)
                .body("items.find { it.unitCode == 'T-LIST' }.published.revision", equalTo(1))
                .body("items.find { it.unitCode == 'T-LIST' }.draft", nullValue());
    }

    @Test
    void theAuditLogRecordsEveryWriteForAdminsOnlyAndRefusesChanges() {
        String unit = "T-AUD";
        String budget = "/api/v1/budgets/" + unit + "/2025";
        Drafts.put("/api/v1/units/" + unit, UNIT_JSON).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Drafts.put(Tokens.editor(unit), budget, Drafts.SAMPLE_BUDGET).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        int entries = Tokens.asAdmin().queryParam("unitCode", unit).get("/api/v1/budgets/audit").then().statusCode(200)
                .extract().path("items.size()");
        // refused writes leave no entry
        Tokens.asEditor(unit).contentType(ContentType.JSON).header("If-Match", "\"stale\"").body(Drafts.SAMPLE_BUDGET).put(budget).then().statusCode(412);
        Tokens.asEditor(unit).contentType(ContentType.JSON).header("If-Match", Drafts.etag(budget))
                .body(Drafts.SAMPLE_BUDGET.replace("\"104415.00\"", "\"-1.00\"")).put(budget).then().statusCode(422);
        Tokens.asAdmin().queryParam("unitCode", unit).get("/api/v1/budgets/audit").then().body("items.size()", equalTo(entries));
        int n = Drafts.publish(unit, 2025);
        Response page = Tokens.asAdmin().queryParam("unitCode", unit).queryParam("limit", 1).get("/api/v1/budgets/audit");
        page.then().statusCode(200).body("items[0].action", equalTo("PUBLISH")).body("items[0].resource", equalTo("budget-revision/" + n))
                .body("items[0].actor", equalTo("budget-service-tests")).body("items[0].method", equalTo("PUT"))
                .body("items[0].afterHash", org.hamcrest.Matchers.startsWith("sha256:")).body("items[0].requestId", org.hamcrest.Matchers.notNullValue());
        Tokens.asAdmin().queryParam("unitCode", unit).queryParam("after", (String) page.path("next")).get("/api/v1/budgets/audit")
                .then().statusCode(200).body("items.action", hasItem("CREATE"));
        given().get("/api/v1/budgets/audit").then().statusCode(401);
        Tokens.as(Tokens.editor("*")).get("/api/v1/budgets/audit").then().statusCode(403);
        Tokens.as(Tokens.viewer("*")).get("/api/v1/budgets/audit").then().statusCode(403);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("update audit_log set actor = 'someone else'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from audit_log").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    /** Every view of revision n and what {@code latest} would be for it, as bytes (strings) exactly. */
    private static Map<String, String> frozenViews(int n) {
        Map<String, String> views = new LinkedHashMap<>();
        for (String view : List.of("", "/tables", "/tables/3", "/figures")) {
            Response response = given().get(BUDGET + view + "?revision=" + n);
            assertThat(response.statusCode()).as(view).isEqualTo(200);
            views.put(view, response.asString());
        }
        Response revision = given().get(REVISIONS + "/" + n);
        views.put("revision", revision.asString());
        return views;
    }
}
