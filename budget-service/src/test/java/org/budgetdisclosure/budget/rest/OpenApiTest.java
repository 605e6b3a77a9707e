package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every endpoint is documented, with schemas and the sample as example. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiTest {

    @Test
    void documentsEveryEndpointWithItsSchemasAndTheSampleAsExample() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}"))
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}/tables"))
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}/tables/{number}"))
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}/figures"))
                .body("paths", hasKey("/api/v1/budgets/{unitCode}/{year}/validation"))
                .body("paths", hasKey("/api/v1/units/{code}"))
                .body("paths", hasKey("/api/v1/classifications/{scheme}/{year}"))
                .body("paths", hasKey("/api/v1/funding-sources"))
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.put.responses", hasKey("422"))
                .body("components.schemas.Budget.example.income[0].amount", equalTo("4229565.00"))
                .body("components.schemas.Unit.example.name", equalTo("长治市上党区中小企业服务中心"))
                .body("components.schemas.Problem", notNullValue());
    }

    /** docs/identity.md: the writes declare the bearer scheme and document 401 and 403; reads declare nothing. */
    @Test
    void writesDeclareTheBearerSchemeAndReadsDoNot() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("security", nullValue())
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.put.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.put.responses", hasKey("401"))
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.put.responses", hasKey("403"))
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.delete.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/units/{code}'.put.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/units/{code}'.delete.responses", hasKey("403"))
                .body("paths.'/api/v1/classifications/{scheme}/{year}'.put.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/economic-mappings/{year}'.put.responses", hasKey("401"))
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.get.security", nullValue())
                .body("paths.'/api/v1/budgets/{unitCode}/{year}'.get.responses", not(hasKey("401")))
                .body("paths.'/api/v1/units/{code}'.get.security", nullValue())
                .body("paths.'/api/v1/classifications/{scheme}/{year}'.get.security", nullValue());
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
