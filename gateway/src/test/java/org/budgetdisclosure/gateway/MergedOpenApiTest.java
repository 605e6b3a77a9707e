package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * /q/openapi is the merged document of the four services. It is written to target/merged-openapi.json,
 * which gateway/src/test/spectral/check.sh lints with spectral:oas.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class MergedOpenApiTest extends GatewayTestSupport {

    @Test
    void shouldListThePathsOfAllFourServices() throws Exception {
        String merged = given().when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/disclosures/{unitCode}/{year}"))
                .body("paths", hasKey("/api/v1/disclosures/{unitCode}/{year}/validation"))
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}"))
                .body("paths", hasKey("/api/v1/performance/{unitCode}/{year}/summary"))
                .body("paths", hasKey("/api/v1/assets/{unitCode}/{year}"))
                .body("components.schemas", hasKey("Disclosure"))
                .body("$", not(hasKey("x-unavailable-services")))
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/merged-openapi.json"), merged, StandardCharsets.UTF_8);
    }

    @Test
    void shouldDeclareWhatTheGatewayEnforcesOnEveryOperation() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body("servers[0].url", org.hamcrest.Matchers.startsWith("https://"))
                .body("servers[0].x-internal", org.hamcrest.Matchers.equalTo(false))
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"))
                .body("components.securitySchemes.bearer.description", org.hamcrest.Matchers.containsString("RFC8725"))
                .body("components.responses.GatewayTooManyRequests.headers", hasKey("Retry-After"))
                .body("components.responses.GatewayTooManyRequests.headers", hasKey("RateLimit-Remaining"))
                .body("paths.'/api/v1/assets/{unitCode}/{year}'.get.responses.'429'.'$ref'",
                        org.hamcrest.Matchers.equalTo("#/components/responses/GatewayTooManyRequests"))
                .body("paths.'/api/v1/disclosures/{unitCode}/{year}/publish'.post.responses", hasKey("401"))
                .body("paths.'/api/v1/disclosures/{unitCode}/{year}/publish'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/disclosures/{unitCode}/{year}/publish'.post.responses.'201'.headers", hasKey("RateLimit-Limit"))
                .body("paths.'/api/v1/disclosures/{unitCode}/{year}/revisions/{revision}/withdrawal'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/disclosures'.get.parameters.find { it.name == 'limit' }.schema.maximum", org.hamcrest.Matchers.equalTo(200));
    }

    @Test
    void shouldNameAServiceWhoseDocumentCannotBeFetched() {
        StubServices.ASSET.stop();
        given().when().get("/q/openapi").then().statusCode(200)
                .body("'x-unavailable-services'", org.hamcrest.Matchers.hasItem("asset-service"))
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}"));
    }
}
