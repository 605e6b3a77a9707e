package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubService;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** One entry point: requests reach the right service unchanged; documents carry ETags and cache headers. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class ProxyAndCachingTest extends GatewayTestSupport {

    @Test
    void shouldForwardAGetWithQueryAndRequestIdToBudgetService() {
        given().header("X-Request-Id", "req-42").header("If-None-Match", "\"old\"")
                .when().get("/api/v1/budgets?year=2025&region=140404")
                .then().statusCode(200).header("X-Request-Id", "req-42").body("items[0].unitCode", equalTo("402001"));
        StubService.Seen seen = StubServices.BUDGET.last;
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.pathAndQuery()).isEqualTo("/api/v1/budgets?year=2025&region=140404");
        assertThat(seen.headers().get("X-request-id")).containsExactly("req-42");
        assertThat(seen.headers().get("If-none-match")).containsExactly("\"old\"");
    }

    @Test
    void shouldForwardAPutWithBodyAndIfMatchAndReturnTheServicesAnswer() {
        String body = "{\"projectCode\":\"402001250001\",\"note\":\"中文\"}";
        given().contentType("application/json").header("If-Match", "\"v1\"").body(body.getBytes(StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + org.budgetdisclosure.gateway.support.Tokens.editor("402001"))
                .when().put("/api/v1/performance/402001/2025/forms/402001250001")
                .then().statusCode(200).header("ETag", "\"stub-etag\"").body("note", equalTo("中文"));
        StubService.Seen seen = StubServices.PERFORMANCE.last;
        assertThat(seen.method()).isEqualTo("PUT");
        assertThat(new String(seen.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(seen.headers().get("If-match")).containsExactly("\"v1\"");
    }

    @Test
    void aProxiedPutThatCreatesAnswersWithALocationAndLinkUnderTheGateway() {
        String gateway = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        Response created = given().contentType("application/json").body("[]")
                .header("Authorization", "Bearer " + org.budgetdisclosure.gateway.support.Tokens.editor("402001"))
                .when().put("/api/v1/assets/402001/vehicles");
        created.then().statusCode(201);
        assertThat(created.header("Location")).isEqualTo(gateway + "/api/v1/assets/402001/vehicles");
        assertThat(created.header("Link")).isEqualTo("<" + gateway + "/api/v1/assets/402001/vehicles/history>; rel=\"history\"")
                .doesNotContain(StubServices.ASSET.url());
    }

    @Test
    void aRelativeLocationIsMadeAbsoluteUnderTheConfiguredPublicUrlWhenThereIsOne() {
        assertThat(org.budgetdisclosure.gateway.rest.PublicUrls.rewrite("/api/v1/budgets/402001/2025", java.util.List.of("http://10.0.0.5:8081"),
                "https://budget.example.gov.cn", true)).isEqualTo("https://budget.example.gov.cn/api/v1/budgets/402001/2025");
        assertThat(org.budgetdisclosure.gateway.rest.PublicUrls.rewrite("<http://10.0.0.5:8081/api/v1/budgets?after=x>; rel=\"next\"",
                java.util.List.of("http://10.0.0.5:8081/"), "https://budget.example.gov.cn", false))
                .isEqualTo("<https://budget.example.gov.cn/api/v1/budgets?after=x>; rel=\"next\"");
    }

    @Test
    void shouldRouteAssetsAndCataloguesToTheirServices() {
        given().when().get("/api/v1/assets/402001/2025").then().statusCode(200).body("procurement.totalWan", equalTo("0.38"));
        given().when().get("/api/v1/units/402001").then().statusCode(200).body("code", equalTo("402001"));
        given().when().get("/api/v1/classifications/functional/2025").then().statusCode(404);
        assertThat(StubServices.BUDGET.last.pathAndQuery()).isEqualTo("/api/v1/classifications/functional/2025");
    }

    @Test
    void shouldAnswer304ForTheSameDocumentAndPublicCachingWhenPublished() {
        Response first = given().when().get("/api/v1/disclosures/402001/2025");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=60").header("ETag", startsWith("\""))
                .header("Publication-Revision", "1");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(304);
        cache.clear();
        given().header("If-None-Match", etag).when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(200).header("ETag", etag);
    }

    @Test
    void shouldTellHowLongEachServiceAndTheAssemblyTookInServerTiming() {
        String timing = given().header("Cache-Control", "no-cache").when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(200).extract().header("Server-Timing");
        assertThat(timing).matches("fetch;dur=[0-9.]+, asset;dur=[0-9.]+, budget;dur=[0-9.]+, performance;dur=[0-9.]+, "
                + "build;dur=[0-9.]+, serialize;dur=[0-9.]+");
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownBudget() {
        given().when().get("/api/v1/disclosures/999999/2025")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:not-found"));
        given().when().get("/api/v1/disclosures/402001/twenty")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldListDisclosuresFilteredByName() {
        given().queryParam("year", 2025).queryParam("name", "中小企业").when().get("/api/v1/disclosures")
                .then().statusCode(200).body("items[0].unitName", equalTo("长治市上党区中小企业服务中心"))
                .body("items[0].statusName", equalTo("已公开"));
        given().queryParam("name", "教育局").when().get("/api/v1/disclosures")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldValidateAcrossServicesAndPointOutTheOperatingExpensesOfAnInstitution() {
        given().when().get("/api/v1/disclosures/402001/2025/validation")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + org.budgetdisclosure.gateway.support.Tokens.viewer("402001"))
                .when().get("/api/v1/disclosures/402001/2025/validation")
                .then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("services.status", hasItem("CHECKED"))
                .body("findings.ruleId", hasItem("X-OPERATING-EXPENSES-UNIT-TYPE"))
                .body("findings.ruleId", hasItem("X-PROJECT-HAS-FORM"))
                .body("findings.ruleId", hasItem("PERF-COST-ARITHMETIC"))
                .body("errors", equalTo(0));
    }

    @Test
    void shouldServeOneTableAsCsv() {
        String csv = given().when().get("/api/v1/disclosures/402001/2025/tables/11")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).contains("长治市上党区中小企业服务中心,15.56,15.56,,");
    }
}
