package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.RevisionStore;
import org.budgetdisclosure.gateway.support.StubService;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Readers get the newest complete published revision (all three parts have it, none withdrew it), a revision by
 * number, or — with a token that may read it — the draft; everything else is the same 404 as an unknown unit-year.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class RevisionReadingTest extends GatewayTestSupport {

    static final String PATH = "/api/v1/disclosures/402001/2025";
    static final String NOT_FOUND = "urn:budget-disclosure:problem:not-found";

    @Test
    void latestIsRevisionOneOfTheSampleCacheableForAMinute() {
        given().when().get(PATH).then().statusCode(200)
                .header("Publication-Revision", "1").header("Cache-Control", "public, max-age=60")
                .body("revision", equalTo(1)).body("status", equalTo("PUBLISHED")).body("withdrawal", nullValue());
    }

    @Test
    void anExplicitRevisionIsImmutableInEveryFormat() {
        given().queryParam("revision", 1).when().get(PATH).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable").header("Publication-Revision", "1");
        given().queryParam("revision", 1).queryParam("format", "xlsx").when().get(PATH).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().queryParam("revision", 1).when().get(PATH + "/tables/11").then().statusCode(200)
                .header("Publication-Revision", "1");
    }

    @Test
    void aRevisionThatDoesNotExistOrIsNotANumberIsRefused() {
        given().queryParam("revision", 2).when().get(PATH).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        given().queryParam("revision", "second").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().when().get("/api/v1/disclosures/999999/2025").then().statusCode(404).body("type", equalTo(NOT_FOUND));
    }

    @Test
    void theUnitNameAndGlossaryAreThoseTheRevisionCapturedNotTodays() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode renamed = (ObjectNode) json.readTree(getClass().getResourceAsStream("/fixtures/budget/unit.json"));
        renamed.put("name", "今天的新名称");
        StubServices.BUDGET.serve("/api/v1/units/402001", json.writeValueAsBytes(renamed));
        StubServices.BUDGET_REVISIONS.tamper(1, content -> ((ObjectNode) content.path("glossary").get(0)).put("term", "基本支出（2025年口径）"));

        given().when().get(PATH).then().statusCode(200)
                .body("title", equalTo("长治市上党区中小企业服务中心2025年度单位预算公开"))
                .body("glossary.entries[0].term", equalTo("基本支出（2025年口径）"));
    }

    @Test
    void aRevisionOnlySomePartsHaveIsNotServedAndLatestStaysOnTheCompleteOne() {
        StubServices.BUDGET_REVISIONS.editDraft(d -> ((ObjectNode) d.path("unit")).put("name", "半途而废"));
        given().header("Authorization", "Bearer " + Tokens.publisher("402001")).when()
                .put("/api/v1/budgets/402001/2025/revisions/2").then().statusCode(201); // through the proxy: budget alone
        assertThat(StubServices.BUDGET_REVISIONS.latest()).isEqualTo(2);

        given().when().get(PATH).then().statusCode(200).header("Publication-Revision", "1")
                .body("unitName", equalTo("长治市上党区中小企业服务中心"));
        given().queryParam("revision", 2).when().get(PATH).then().statusCode(404);
        given().when().get(PATH + "/revisions").then().statusCode(200).body("items.revision", contains(1)).body("latest", equalTo(1));
    }

    @Test
    void aWithdrawnRevisionIsServedWithItsNoticeAndLatestFallsBack() {
        for (RevisionStore store : stores()) {
            store.editDraft(d -> d.put("edited", true));
        }
        String publisher = "Bearer " + Tokens.publisher("402001");
        given().header("Authorization", publisher).when().post(PATH + "/publish").then().statusCode(201);
        given().when().get(PATH).then().header("Publication-Revision", "2");

        given().header("Authorization", publisher).contentType("application/json").body("{\"reason\":\"表3数据有误\"}")
                .when().post(PATH + "/revisions/2/withdrawal").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawal.reason", equalTo("表3数据有误"));

        given().when().get(PATH).then().statusCode(200).header("Publication-Revision", "1").body("status", equalTo("PUBLISHED"));
        given().queryParam("revision", 2).when().get(PATH).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("statusName", equalTo("已撤回"))
                .body("withdrawal.reason", equalTo("表3数据有误"));
        given().when().get(PATH + "/revisions").then().statusCode(200)
                .body("items.revision", contains(2, 1)).body("items[0].state", equalTo("WITHDRAWN"))
                .body("items[0].parts.budget.contentHash", org.hamcrest.Matchers.startsWith("sha256:"))
                .body("items[0].parts.assets.withdrawal.by", equalTo("test-publisher"));
    }

    @Test
    void theDraftIsOnlyForTokensThatMayReadIt() {
        given().queryParam("revision", "draft").when().get(PATH).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        given().queryParam("revision", "draft").header("Authorization", "Bearer " + Tokens.viewer("402002"))
                .when().get(PATH).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        given().queryParam("revision", "draft").header("Authorization", "Bearer not.a.token")
                .when().get(PATH).then().statusCode(404);

        String viewer = "Bearer " + Tokens.viewer("402001");
        given().queryParam("revision", "draft").header("Authorization", viewer).when().get(PATH).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("Publication-Revision", nullValue())
                .body("revision", nullValue()).body("explanations.sections.size()", equalTo(12));
        StubService.Seen seen = StubServices.PERFORMANCE.last;
        assertThat(seen.pathAndQuery()).contains("revision=draft");
        assertThat(seen.headers().get("Authorization")).containsExactly(viewer);
    }

    @Test
    void anonymousListsNameOnlyUnitYearsWithACompletePublishedRevision() {
        String page = "{\"items\":[{\"unitCode\":\"402001\",\"unitName\":\"长治市上党区中小企业服务中心\",\"regionCode\":\"140404\",\"fiscalYear\":2025,"
                + "\"published\":{\"revision\":1,\"publishedAt\":\"2025-05-14T01:00:00Z\",\"contentHash\":\"sha256:00\"},"
                + "\"draft\":{\"status\":\"APPROVED\",\"version\":3,\"updatedAt\":\"2025-05-14T09:00:00+08:00\"}},"
                + "{\"unitCode\":\"402002\",\"unitName\":\"未公开单位\",\"regionCode\":\"140404\",\"fiscalYear\":2025,"
                + "\"published\":null,\"draft\":{\"status\":\"DRAFT\",\"version\":1,\"updatedAt\":\"2025-05-14T09:00:00+08:00\"}}],\"next\":null}";
        StubServices.BUDGET.serve("/api/v1/budgets", page.getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/v1/disclosures").then().statusCode(200)
                .body("items.unitCode", contains("402001")).body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].revision", equalTo(1));
        given().header("Authorization", "Bearer " + Tokens.viewer("*")).when().get("/api/v1/disclosures").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.unitCode", contains("402001", "402002")).body("items[1].status", equalTo("DRAFT")).body("items[1].statusName", equalTo("草稿"))
                .body("items[1].revision", nullValue());
    }

    private static RevisionStore[] stores() {
        return new RevisionStore[]{StubServices.BUDGET_REVISIONS, StubServices.PERFORMANCE_REVISIONS, StubServices.ASSET_REVISIONS};
    }
}
