package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

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

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
