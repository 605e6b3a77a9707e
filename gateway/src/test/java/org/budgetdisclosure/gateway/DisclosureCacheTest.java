package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The gateway keeps assembled published revisions only (a revision never changes), and never keeps a failed or
 * partial assembly: the request after a service comes back gets the whole document, and a correction (revision n+1)
 * is what the next reader of "latest" gets, with no expiry to wait out. No {@code Cache-Control: no-cache} needed.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class DisclosureCacheTest extends GatewayTestSupport {

    static final String PATH = "/api/v1/disclosures/402001/2025";
    static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 8000).setParam("http.connection.timeout", 8000));

    @Test
    void aFailedAssemblyIsNotKeptTheRequestAfterTheServiceIsBackGetsTheWholeDocument() {
        StubServices.PERFORMANCE.stop();
        given().config(BOUNDED).when().get(PATH).then().statusCode(503);
        given().config(BOUNDED).queryParam("partial", true).when().get(PATH).then().statusCode(200).body("complete", equalTo(false));

        StubServices.PERFORMANCE.start();
        given().config(BOUNDED).when().get(PATH).then().statusCode(200).body("complete", equalTo(true))
                .header("Publication-Revision", "1");
        given().config(BOUNDED).queryParam("partial", true).when().get(PATH).then().statusCode(200).body("complete", equalTo(true));
    }

    @Test
    void aCorrectionIsWhatTheNextReaderOfLatestGetsWithoutWaitingForTheCacheToExpire() {
        given().config(BOUNDED).when().get(PATH).then().statusCode(200).header("Publication-Revision", "1")
                .body("title", equalTo("长治市上党区中小企业服务中心2025年度单位预算公开"));
        given().config(BOUNDED).when().get(PATH).then().statusCode(200).header("Publication-Revision", "1"); // now cached

        StubServices.BUDGET_REVISIONS.editDraft(d -> ((ObjectNode) d.path("unit")).put("name", "长治市上党区中小企业发展服务中心"));
        given().config(BOUNDED).header("Authorization", "Bearer " + Tokens.publisher("402001")).when().post(PATH + "/publish")
                .then().statusCode(201).body("revision", equalTo(2));

        given().config(BOUNDED).when().get(PATH).then().statusCode(200).header("Publication-Revision", "2")
                .body("title", equalTo("长治市上党区中小企业发展服务中心2025年度单位预算公开"));
        given().config(BOUNDED).queryParam("revision", 1).when().get(PATH).then().statusCode(200)
                .body("title", equalTo("长治市上党区中小企业服务中心2025年度单位预算公开"));
    }

    @Test
    void aWithdrawalIsSeenByTheNextReaderEvenWhenTheRevisionWasCached() {
        given().config(BOUNDED).when().get(PATH).then().statusCode(200).header("Publication-Revision", "1");
        given().config(BOUNDED).header("Authorization", "Bearer " + Tokens.publisher("402001")).contentType("application/json")
                .body("{\"reason\":\"数据有误\"}").when().post(PATH + "/revisions/1/withdrawal").then().statusCode(200);

        given().config(BOUNDED).when().get(PATH).then().statusCode(404);
        given().config(BOUNDED).queryParam("revision", 1).when().get(PATH).then().statusCode(200)
                .body("withdrawal.reason", equalTo("数据有误"));
    }
}
