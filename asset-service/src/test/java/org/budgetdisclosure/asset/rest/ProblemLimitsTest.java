package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems and registers stay within the limits documented in OpenAPI (OWASP API4): a problem's texts are cut to
 * their maxLength and its errors to 200, whatever the request quoted; a register holds at most 10000 items; dates
 * have four-digit years.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProblemLimitsTest {

    private static final String UNIT = "990077";
    private static final Header EDITOR = Tokens.asEditorOf(UNIT);
    private static final Header VIEWER = Tokens.bearer(Tokens.viewer(UNIT));
    private static final String VEHICLES = "/api/v1/assets/" + UNIT + "/vehicles";
    private static final String EQUIPMENT = "/api/v1/assets/" + UNIT + "/equipment";

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void aProblemCutsItsTextsAndKeepsTheFirst200Errors() {
        List<FieldError> errors = IntStream.range(0, 500).mapToObj(i -> new FieldError("f" + "x".repeat(300), "r".repeat(5000))).toList();
        Problem problem = new Problem("t", "T", 422, "d".repeat(5000), "/" + "p".repeat(5000), "id", errors);

        assertThat(problem.detail()).hasSize(Problem.MAX_DETAIL).endsWith("…");
        assertThat(problem.instance()).hasSize(Problem.MAX_INSTANCE);
        assertThat(problem.errors()).hasSize(Problem.MAX_ERRORS).allSatisfy(e -> {
            assertThat(e.field()).hasSize(Problem.MAX_FIELD);
            assertThat(e.reason()).hasSize(Problem.MAX_REASON);
        });
        assertThat(Problem.cut("a\uD83D\uDE00b", 3)).isEqualTo("a…");
        assertThat(Problem.cut("short", 5)).isEqualTo("short");
    }

    @Test
    void aRegisterWithMoreBadItemsThanTheLimitGetsTheFirst200ErrorsAndADetailThatCountsThemAll() {
        // the test profile takes bodies up to 64 KiB: 300 short bad items, the first with a 5000-character value
        String body = IntStream.range(0, 300)
                .mapToObj(i -> "{\"vehicleId\":\"B" + i + "\",\"category\":\"" + (i == 0 ? "NO_SUCH_".repeat(625) : "NONE") + "\"}")
                .collect(Collectors.joining(",", "{\"vehicles\":[", "]}"));

        ExtractableResponse<Response> response = given().header(EDITOR).contentType(ContentType.JSON).body(body)
                .put(VEHICLES).then().statusCode(422).contentType(Problem.MEDIA_TYPE).extract();

        List<Map<String, String>> errors = response.path("errors");
        assertThat(errors).hasSize(200);
        assertThat(errors.get(0).get("field")).isEqualTo("vehicles[0].category");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("reason")).hasSizeLessThanOrEqualTo(Problem.MAX_REASON));
        assertThat(errors.get(0).get("reason")).startsWith("unknown value 'NO_SUCH_").hasSize(Problem.MAX_REASON).endsWith("…");
        assertThat(errors.get(199).get("field")).isEqualTo("vehicles[199].category");
        String detail = response.path("detail");
        assertThat(detail).startsWith("The request breaks 300 rule(s)").hasSize(Problem.MAX_DETAIL).endsWith("…");
    }

    @Test
    void anUnknownFieldWithAVeryLongNameIsNamedCutToItsMaxLength() {
        String body = "{\"vehicles\":[{\"" + "k".repeat(5000) + "\":1}]}";

        ExtractableResponse<Response> response = given().header(EDITOR).contentType(ContentType.JSON).body(body)
                .put(VEHICLES).then().statusCode(400).contentType(Problem.MEDIA_TYPE).extract();

        assertThat((String) response.path("errors[0].field")).hasSize(Problem.MAX_FIELD).startsWith("vehicles[0].kkk").endsWith("…");
        assertThat((String) response.path("detail")).hasSizeLessThanOrEqualTo(Problem.MAX_DETAIL);
    }

    @Test
    void aDateBeyondYear9999IsRefusedNamingTheField() {
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                        {"category":"LEADERSHIP","acquisitionDate":"2020-01-01","status":"DISPOSED","disposalDate":"+10000-01-01"}""")
                .put(VEHICLES + "/D-1").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("disposalDate"));
        given().header(EDITOR).contentType(ContentType.JSON).body("""
                        {"name":"服务器","acquisitionDate":"-0001-01-01","originalValue":"1.00"}""")
                .put(EQUIPMENT + "/D-1").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("acquisitionDate"));
        given().header(VIEWER).get(VEHICLES + "/D-1").then().statusCode(404);
    }

    @Test
    void aFullRegisterTakesNoNewItemButItsItemsCanStillBeReplaced() throws Exception {
        fill("vehicle");
        fill("equipment");
        assertThat(given().header(VIEWER).queryParam("limit", 200).get(VEHICLES).then().statusCode(200)
                .extract().<List<?>>path("items")).hasSize(200);

        given().header(EDITOR).contentType(ContentType.JSON).body("{\"category\":\"LEADERSHIP\"}")
                .put(VEHICLES + "/F-new").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("vehicleId"))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("already holds 10000 items"));
        given().header(EDITOR).contentType(ContentType.JSON).body("{\"name\":\"x\",\"originalValue\":\"1.00\"}")
                .put(EQUIPMENT + "/F-new").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("equipmentId"));

        String etag = given().header(VIEWER).get(VEHICLES + "/F0").then().statusCode(200).extract().header("ETag");
        given().header(EDITOR).header("If-Match", etag).contentType(ContentType.JSON).body("{\"category\":\"OTHER_OFFICIAL\"}")
                .put(VEHICLES + "/F0").then().statusCode(200);
        given().header(VIEWER).get(VEHICLES + "/F-new").then().statusCode(404);
    }

    /**
     * Stores a full register as a whole-register PUT of 10000 items would; straight into the table, because the
     * test profile takes bodies of at most 64 KiB.
     */
    private void fill(String table) throws java.sql.SQLException {
        String sql = table.equals("vehicle")
                ? "INSERT INTO vehicle (unit_code, vehicle_id, category, status) SELECT ?, 'F' || n, 'LEADERSHIP', 'IN_USE'"
                + " FROM generate_series(0, ? - 1) n"
                : "INSERT INTO equipment (unit_code, equipment_id, name, original_value, status) SELECT ?, 'F' || n, 'x', 1.00,"
                + " 'IN_USE' FROM generate_series(0, ? - 1) n";
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, UNIT);
            statement.setInt(2, org.budgetdisclosure.asset.WriteRules.MAX_REGISTER_ITEMS);
            statement.executeUpdate();
        }
    }
}
