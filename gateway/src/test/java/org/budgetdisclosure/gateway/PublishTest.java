package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.RevisionStore;
import org.budgetdisclosure.gateway.support.StubService;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * POST /api/v1/disclosures/{u}/{y}/publish freezes the drafts as the next revision in budget-, performance- and
 * asset-service, in that order. A service failing at any step (500, a dropped connection, no answer in time)
 * answers 503; readers keep the previous complete revision; publishing again completes the same revision number.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class PublishTest extends GatewayTestSupport {

    static final String PATH = "/api/v1/disclosures/402001/2025";
    static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 8000).setParam("http.connection.timeout", 8000));

    static String publisher() {
        return "Bearer " + Tokens.publisher("402001");
    }

    static RevisionStore[] stores() {
        return new RevisionStore[]{StubServices.BUDGET_REVISIONS, StubServices.PERFORMANCE_REVISIONS, StubServices.ASSET_REVISIONS};
    }

    /** Every part's draft differs from revision 1; the budget's unit is renamed (so revision 2's title shows it). */
    static void editEveryDraft() {
        StubServices.BUDGET_REVISIONS.editDraft(d -> ((ObjectNode) d.path("unit")).put("name", "长治市上党区中小企业发展服务中心"));
        StubServices.PERFORMANCE_REVISIONS.editDraft(d -> d.put("edited", true));
        StubServices.ASSET_REVISIONS.editDraft(d -> d.put("edited", true));
    }

    @Test
    void publishingUnchangedDraftsAnswersTheLatestRevisionAndFreezesNothing() {
        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(200)
                .body("revision", equalTo(1)).body("state", equalTo("PUBLISHED"))
                .body("parts.budget.contentHash", startsWith("sha256:"));
        for (RevisionStore store : stores()) {
            assertThat(store.puts).isEmpty();
        }
    }

    @Test
    void publishingChangedDraftsFreezesTheNextRevisionInBudgetPerformanceAssetsOrder() throws Exception {
        editEveryDraft();
        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(201)
                .header("Location", startsWith("http://localhost:")).header("Location", endsWith("/api/v1/disclosures/402001/2025/revisions/2"))
                .header("Publication-Revision", "2")
                .body("revision", equalTo(2)).body("parts.performance.revision", equalTo(2));
        for (RevisionStore store : stores()) {
            assertThat(store.puts).containsExactly("PUT 2");
            assertThat(store.latest()).isEqualTo(2);
        }
        JsonNode budgetBody = new ObjectMapper().readTree(StubServices.BUDGET_REVISIONS.lastPutBody);
        assertThat(budgetBody.path("glossary")).hasSize(12);
        assertThat(budgetBody.path("glossary").get(0).path("term").asText()).isEqualTo("基本支出");

        given().when().get(PATH).then().statusCode(200).header("Publication-Revision", "2")
                .body("title", equalTo("长治市上党区中小企业发展服务中心2025年度单位预算公开"));
        given().queryParam("revision", 1).when().get(PATH).then().statusCode(200)
                .body("title", equalTo("长治市上党区中小企业服务中心2025年度单位预算公开"));
        given().when().get(PATH + "/revisions/2").then().statusCode(200).body("revision", equalTo(2));
        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(200).body("revision", equalTo(2));
        assertThat(RevisionStore.ORDER).containsExactly("budget 2", "performance 2", "assets 2");
    }

    @Test
    void onlyPublishersAndAdminsMayPublish() {
        given().when().post(PATH + "/publish").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.editor("402001")).when().post(PATH + "/publish").then().statusCode(403);
        for (RevisionStore store : stores()) {
            assertThat(store.puts).isEmpty();
        }
    }

    @Test
    void draftsWithErrorsAreRefusedWith409ListingTheFindingsAndNothingIsFrozen() {
        editEveryDraft();
        String findings = "{\"findings\":[{\"ruleId\":\"ASSET-PROCUREMENT-TOTAL\",\"severity\":\"ERROR\",\"messageZh\":\"采购合计不等于明细之和\","
                + "\"messageEn\":\"The procurement total is not the sum of its items\"}]}";
        StubServices.ASSET.serve("/api/v1/assets/402001/2025/validation", findings.getBytes(StandardCharsets.UTF_8));

        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(409)
                .contentType("application/problem+json")
                .body("findings.ruleId", hasItem("ASSET-PROCUREMENT-TOTAL"))
                .body("errors.field", hasItem("asset-service:ASSET-PROCUREMENT-TOTAL"));
        for (RevisionStore store : stores()) {
            assertThat(store.latest()).isEqualTo(1);
        }
    }

    static Stream<Arguments> failures() {
        List<Arguments> all = new ArrayList<>();
        for (String service : List.of("budget", "performance", "asset")) {
            for (StubService.Failure failure : StubService.Failure.values()) {
                all.add(Arguments.of(service, failure));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}-service failing with {1} while freezing revision 2")
    @MethodSource("failures")
    void aPublishStoppedPartWayAnswers503ReadersKeepRevisionOneAndPublishingAgainCompletesRevisionTwo(String service,
                                                                                                     StubService.Failure failure) {
        editEveryDraft();
        stub(service).failNext("PUT", ".*/revisions/2", failure);
        if (failure == StubService.Failure.DROP) { // the gateway sends a freeze once more on a dropped connection
            stub(service).failNext("PUT", ".*/revisions/2", failure);
        }

        io.restassured.response.Response first = given().config(BOUNDED).header("Authorization", publisher()).when().post(PATH + "/publish");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(503);
        first.then().contentType("application/problem+json").header("Retry-After", "5")
                .body("detail", containsString("again")).body("missingParts[0].service", equalTo(service + "-service"));

        given().config(BOUNDED).when().get(PATH).then().statusCode(200).header("Publication-Revision", "1")
                .body("title", equalTo("长治市上党区中小企业服务中心2025年度单位预算公开"));

        io.restassured.response.Response again = given().config(BOUNDED).header("Authorization", publisher()).when().post(PATH + "/publish");
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
        again.then().header("Location", endsWith("/revisions/2")).body("revision", equalTo(2));
        for (RevisionStore store : stores()) {
            assertThat(store.latest()).as("every part is at revision 2, none at 3").isEqualTo(2);
        }
        given().config(BOUNDED).when().get(PATH).then().statusCode(200).header("Publication-Revision", "2")
                .body("title", equalTo("长治市上党区中小企业发展服务中心2025年度单位预算公开"));
        stub(service).release();
    }

    @Test
    void aPublishInterruptedTwiceIsCompletedByTheThirdCall() {
        editEveryDraft();
        StubServices.ASSET.failNext("PUT", ".*/revisions/2", StubService.Failure.ERROR_500);
        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(503);
        StubServices.ASSET.failNext("PUT", ".*/revisions/2", StubService.Failure.DROP); // step 2 (completing) fails too,
        StubServices.ASSET.failNext("PUT", ".*/revisions/2", StubService.Failure.DROP); // and so does its one resend
        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(503)
                .body("detail", containsString("revision 2"));
        given().when().get(PATH).then().header("Publication-Revision", "1");

        given().header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(201).body("revision", equalTo(2));
        assertThat(StubServices.BUDGET_REVISIONS.puts).containsExactly("PUT 2");
        assertThat(StubServices.ASSET_REVISIONS.puts).as("the three failed PUTs never reached the part").containsExactly("PUT 2");
        assertThat(StubServices.ASSET_REVISIONS.latest()).isEqualTo(2);
    }

    @Test
    void aFreezeWhoseConnectionDropsOnceIsSentAgainAndThePublishCompletes() {
        editEveryDraft();
        StubServices.PERFORMANCE.failNext("PUT", ".*/revisions/2", StubService.Failure.DROP);

        given().config(BOUNDED).header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(201)
                .body("revision", equalTo(2));
        for (RevisionStore store : stores()) {
            assertThat(store.puts).as("each part frozen once (the dropped PUT never reached the part)").containsExactly("PUT 2");
        }
    }

    @Test
    void aServiceDownBeforeAnythingIsFrozenChangesNothing() {
        editEveryDraft();
        StubServices.ASSET.stop();
        given().config(BOUNDED).header("Authorization", publisher()).when().post(PATH + "/publish").then().statusCode(503)
                .body("missingParts[0].service", equalTo("asset-service")).body("detail", containsString("Nothing was changed"));
        for (RevisionStore store : stores()) {
            assertThat(store.puts).isEmpty();
        }
    }

    @Test
    void aWithdrawalNeedsAReasonAndACompleteRevisionAndIsCompletedWhenRepeated() {
        String publisher = publisher();
        given().header("Authorization", publisher).contentType("application/json").body("{\"reason\":\"  \"}")
                .when().post(PATH + "/revisions/1/withdrawal").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", publisher).contentType("application/json").body("{\"reason\":\"x\"}")
                .when().post(PATH + "/revisions/7/withdrawal").then().statusCode(404);
        given().header("Authorization", "Bearer " + Tokens.editor("402001")).contentType("application/json").body("{\"reason\":\"x\"}")
                .when().post(PATH + "/revisions/1/withdrawal").then().statusCode(403);

        StubServices.PERFORMANCE.failNext("POST", ".*/revisions/1/withdrawal", StubService.Failure.ERROR_500);
        given().header("Authorization", publisher).contentType("application/json").body("{\"reason\":\"数据有误\"}")
                .when().post(PATH + "/revisions/1/withdrawal").then().statusCode(503).body("detail", containsString("again"));
        given().when().get(PATH).then().statusCode(404); // budget withdrew it: no part's withdrawn revision is latest

        given().header("Authorization", publisher).contentType("application/json").body("{\"reason\":\"数据有误\"}")
                .when().post(PATH + "/revisions/1/withdrawal").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("parts.performance.state", equalTo("WITHDRAWN"))
                .body("parts.assets.state", equalTo("WITHDRAWN"));
        given().queryParam("revision", 1).when().get(PATH).then().statusCode(200).body("withdrawal.reason", equalTo("数据有误"));
    }

    private static StubService stub(String service) {
        return switch (service) {
            case "budget" -> StubServices.BUDGET;
            case "performance" -> StubServices.PERFORMANCE;
            default -> StubServices.ASSET;
        };
    }
}
