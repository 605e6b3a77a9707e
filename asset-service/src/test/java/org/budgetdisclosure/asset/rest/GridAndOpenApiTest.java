package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.SampleLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The sample drawn as grids, and the OpenAPI document listing every path. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class GridAndOpenApiTest {

    /** These tests state the draft's behaviour: plain reads are a viewer's draft reads, writes send the ETag read. */
    @org.junit.jupiter.api.BeforeAll
    static void readAndWriteTheDraft() {
        org.budgetdisclosure.asset.support.Drafts.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void plainRequestsAgain() {
        org.budgetdisclosure.asset.support.Drafts.uninstall();
    }

    @BeforeEach
    void loadSamples() {
        SampleLoader.loadAll();
    }

    @Test
    void shouldDrawTheVehiclesTableWithTotalThenSevenCategories() {
        JsonPath g = given().get("/api/v1/assets/402001/2025/grids/vehicles").then().statusCode(200).extract().jsonPath();
        assertThat(g.getString("title")).isEqualTo("2025年公务用车情况表");
        assertThat(g.getString("unitName")).isEqualTo("长治市上党区中小企业服务中心");
        assertThat(g.getList("columns.label")).containsExactly("车辆类别", "编制数", "实有数");
        assertThat(g.getList("rows.kind")).containsExactly("total", "item", "item", "item", "item", "item", "item", "item");
        assertThat(g.getList("rows[0].cells")).containsExactly("合计", "0", "0");
        assertThat(g.getList("rows[7].cells")).containsExactly("其他公务用车", "0", "0");
        assertThat(g.getString("note")).isEqualTo("截至2025年5月14日");
    }

    @Test
    void shouldDrawTheProcurementTableInWanWithBlankSetAsides() {
        JsonPath g = given().get("/api/v1/assets/402001/2025/grids/procurement").then().statusCode(200).extract().jsonPath();
        assertThat(g.getString("unitLabel")).isEqualTo("万元");
        assertThat(g.getList("rows[0].cells")).containsExactly("合计", "0.38", null);
        assertThat(g.getList("rows.findAll { it.kind == 'subtotal' }.cells", List.class)).containsExactly(
                Arrays.asList("货物", "0.38", null), Arrays.asList("工程", "0.00", null), Arrays.asList("服务", "0.00", null));
        assertThat(g.getBoolean("empty")).isFalse();
    }

    @Test
    void shouldDrawOfficeSpaceAndEquipmentCounts() {
        JsonPath g = given().get("/api/v1/assets/402001/2025/grids/assets").then().statusCode(200).extract().jsonPath();
        assertThat(g.getList("rows.findAll { it.code == 'OFFICE_SPACE' }[0].cells")).containsExactly("办公用房建筑总面积", "平方米", "204.11");
        assertThat(g.getList("rows.findAll { it.code == 'EQUIPMENT_500K' }[0].cells")).containsExactly(
                "价值50万元（原值）以上的通用设备", "台（套）", "0");
        assertThat(g.getList("rows.findAll { it.code == 'EQUIPMENT_1M' }[0].cells")).containsExactly(
                "价值100万元（原值）以上的通用设备", "台（套）", "0");
    }

    @Test
    void shouldListEveryPathInTheOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/assets/{unitCode}/vehicles"))
                .body(containsString("/api/v1/assets/{unitCode}/vehicles/{vehicleId}"))
                .body(containsString("/api/v1/assets/{unitCode}/equipment/{equipmentId}"))
                .body(containsString("/api/v1/assets/{unitCode}/{year}"))
                .body(containsString("/api/v1/assets/{unitCode}/{year}/statement"))
                .body(containsString("/api/v1/assets/{unitCode}/{year}/procurement"))
                .body(containsString("/api/v1/assets/{unitCode}/{year}/purchased-services"))
                .body(containsString("/api/v1/assets/{unitCode}/{year}/validation"))
                .body(containsString("/api/v1/assets/{unitCode}/{year}/grids/procurement"))
                .body(containsString("urn:budget-disclosure:problem:validation-failed"));
    }

    /** Every operation of the API with the status codes it documents (writes: 401 and 403 too): a refactoring must not lose one. */
    private static final List<String> OPERATIONS = List.of(
            "GET /api/v1/assets/audit 200 400 401 403 422 503",
            "PUT /api/v1/assets/{unitCode}/equipment 204 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/equipment 200 400 404 422 503",
            "PUT /api/v1/assets/{unitCode}/equipment/{equipmentId} 200 201 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/equipment/{equipmentId} 200 304 400 404 503",
            "DELETE /api/v1/assets/{unitCode}/equipment/{equipmentId} 204 400 401 403 404 412 428 503",
            "PUT /api/v1/assets/{unitCode}/vehicles 204 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/vehicles 200 400 404 422 503",
            "PUT /api/v1/assets/{unitCode}/vehicles/{vehicleId} 200 201 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/vehicles/{vehicleId} 200 304 400 404 503",
            "DELETE /api/v1/assets/{unitCode}/vehicles/{vehicleId} 204 400 401 403 404 412 428 503",
            "GET /api/v1/assets/{unitCode}/{year} 200 304 400 404 422 503",
            "GET /api/v1/assets/{unitCode}/{year}/grids/assets 200 304 400 404 422 503",
            "GET /api/v1/assets/{unitCode}/{year}/grids/procurement 200 304 400 404 422 503",
            "GET /api/v1/assets/{unitCode}/{year}/grids/vehicles 200 304 400 404 422 503",
            "PUT /api/v1/assets/{unitCode}/{year}/procurement 200 201 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/{year}/procurement 200 304 400 404 422 503",
            "DELETE /api/v1/assets/{unitCode}/{year}/procurement 204 400 401 403 404 412 428 503",
            "PUT /api/v1/assets/{unitCode}/{year}/purchased-services 200 201 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/{year}/purchased-services 200 304 400 404 422 503",
            "DELETE /api/v1/assets/{unitCode}/{year}/purchased-services 204 400 401 403 404 412 428 503",
            "GET /api/v1/assets/{unitCode}/{year}/revisions 200 400 404 422 503",
            "GET /api/v1/assets/{unitCode}/{year}/revisions/{n} 200 400 404 422 503",
            "PUT /api/v1/assets/{unitCode}/{year}/revisions/{n} 200 201 400 401 403 409 412 422 503",
            "DELETE /api/v1/assets/{unitCode}/{year}/revisions/{n} 400 401 403 409 503",
            "POST /api/v1/assets/{unitCode}/{year}/revisions/{n}/withdrawal 200 400 401 403 404 413 415 422 503",
            "PUT /api/v1/assets/{unitCode}/{year}/statement 200 201 400 401 403 412 413 415 422 428 503",
            "GET /api/v1/assets/{unitCode}/{year}/statement 200 304 400 404 422 503",
            "DELETE /api/v1/assets/{unitCode}/{year}/statement 204 400 401 403 404 412 428 503",
            "GET /api/v1/assets/{unitCode}/{year}/validation 200 400 404 422 503");


    @Test
    void shouldDocumentEveryOperationWithExactlyItsStatusCodes() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> documented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (List.of("get", "put", "post", "patch", "delete").contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                documented.add(method.toUpperCase() + " " + path + " " + String.join(" ", new TreeSet<>(responses.keySet())));
            }
        }));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(OPERATIONS);
    }
}
