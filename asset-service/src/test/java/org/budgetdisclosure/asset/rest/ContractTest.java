package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The platform's one contract (limits, strict JSON, media types, text, numbers, query parameters, preconditions,
 * HTTP-layer errors), point by point, on this service: every refusal a problem naming what is wrong, nothing stored.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ContractTest {

    private static final Header EDITOR = Tokens.asEditorOf("99K*");
    private static final Header VIEWER = Tokens.asViewer();
    private static final int LIMIT = 2 * 1024 * 1024;

    @TestHTTPResource("/")
    URL root;

    private static String statement(String unit) {
        return "/api/v1/assets/" + unit + "/2025/statement";
    }

    private static ValidatableResponse put(String path, String body) {
        return given().header(EDITOR).contentType(ContentType.JSON).body(body).put(path).then();
    }

    private static void assertProblem(ValidatableResponse response, int status, String kind, String field) {
        response.statusCode(status).contentType("application/problem+json").header("X-Request-Id", notNullValue())
                .body("type", equalTo("urn:budget-disclosure:problem:" + kind)).body("status", equalTo(status))
                .body("requestId", notNullValue()).body("errors.field", hasItem(field));
    }

    private static void assertNothingStored(String path) {
        given().header(VIEWER).queryParam("revision", "draft").get(path).then().statusCode(404);
    }

    // ---- 1. body limit -------------------------------------------------------------------------------------

    @Test
    void aBodyUpToTwoMebibytesIsReadAndOneByteMoreIs413WithOrWithoutContentLength() throws Exception {
        String head = "{\"none\":true,\"entries\":[],\"note\":\"无\"}";
        String fits = head + " ".repeat(LIMIT - head.getBytes(StandardCharsets.UTF_8).length);
        put("/api/v1/assets/99K101/2025/purchased-services", fits).statusCode(201);
        String over = fits + " ";
        put("/api/v1/assets/99K102/2025/purchased-services", over).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:payload-too-large"));
        assertNothingStored("/api/v1/assets/99K102/2025/purchased-services");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemAndStoresNothing() throws Exception {
        String path = "/api/v1/assets/99K103/2025/purchased-services";
        byte[] body = ("{\"none\":true,\"entries\":[],\"note\":\"无\"}" + " ".repeat(3 * 1000 * 1000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + path.substring(1)))
                .header("Authorization", EDITOR.getValue()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("urn:budget-disclosure:problem:payload-too-large");
        assertNothingStored(path);
    }

    // ---- 2. strict JSON --------------------------------------------------------------------------------------

    @Test
    void trailingDataTwoDocumentsAndDuplicateKeysAre400() {
        String path = statement("99K201");
        for (String body : List.of("{\"asOfDate\":\"2025-05-14\"} {}", "{\"asOfDate\":\"2025-05-14\"}x",
                "{\"asOfDate\":\"2025-05-14\"}{\"asOfDate\":\"2025-05-14\"}", "{\"asOfDate\":\"2025-05-14\"} 1")) {
            put(path, body).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:malformed-request"));
        }
        assertProblem(put(path, "{\"unitName\":\"a\",\"unitName\":\"b\",\"asOfDate\":\"2025-05-14\"}"), 400, "malformed-request", "unitName");
        assertNothingStored(path);
    }

    @Test
    void aValueOfTheWrongJsonTypeIs400NamingTheFieldNotCoerced() {
        String path = statement("99K202");
        assertProblem(put(path, "{\"unitName\":12,\"asOfDate\":\"2025-05-14\"}"), 400, "malformed-request", "unitName");
        assertProblem(put(path, "{\"unitName\":true,\"asOfDate\":\"2025-05-14\"}"), 400, "malformed-request", "unitName");
        assertProblem(put(path, "{\"asOfDate\":\"2025-05-14\",\"vehicleQuota\":[{\"category\":\"LEADERSHIP\",\"allowed\":\"3\"}]}"),
                400, "malformed-request", "vehicleQuota[0].allowed");
        assertProblem(put(path, "{\"asOfDate\":\"2025-05-14\",\"vehicleQuota\":[{\"category\":\"LEADERSHIP\",\"allowed\":1.5}]}"),
                400, "malformed-request", "vehicleQuota[0].allowed");
        assertProblem(put(path, "{\"asOfDate\":\"2025-05-14\",\"officeSpace\":5.00}"), 400, "malformed-request", "officeSpace");
        assertProblem(put("/api/v1/assets/99K202/2025/purchased-services", "{\"none\":\"true\",\"entries\":[]}"),
                400, "malformed-request", "none");
        assertNothingStored(path);
    }

    @Test
    void truncatedJsonInvalidUtf8AndUtf16BodiesAre400() {
        String path = statement("99K203");
        put(path, "{\"asOfDate\":\"2025-05").statusCode(400).contentType("application/problem+json");
        byte[] invalidUtf8 = "{\"asOfDate\":\"2025-05-14\",\"unitName\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().header(EDITOR).contentType("application/json").body(invalidUtf8).put(path).then().statusCode(400)
                .contentType("application/problem+json");
        for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            given().header(EDITOR).contentType("application/json").body("{\"asOfDate\":\"2025-05-14\"}".getBytes(charset))
                    .put(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:malformed-request"));
        }
        assertNothingStored(path);
    }

    // ---- 3. media type ---------------------------------------------------------------------------------------

    @Test
    void aBodyWithoutOrWithAnotherContentTypeIs415() {
        String path = statement("99K301");
        given().header(EDITOR).body("{\"asOfDate\":\"2025-05-14\"}".getBytes(StandardCharsets.UTF_8)).put(path).then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:unsupported-media-type"));
        given().header(EDITOR).contentType("text/plain").body("{\"asOfDate\":\"2025-05-14\"}").put(path).then()
                .statusCode(415).contentType("application/problem+json");
        assertNothingStored(path);
    }

    // ---- 4. text ---------------------------------------------------------------------------------------------

    @Test
    void controlCharactersAndLoneSurrogatesAre422NamingTheField() {
        String path = statement("99K401");
        assertProblem(put(path, "{\"unitName\":\"a\\u0000b\",\"asOfDate\":\"2025-05-14\"}"), 422, "validation-failed", "unitName");
        assertProblem(put(path, "{\"unitName\":\"a\\ud800b\",\"asOfDate\":\"2025-05-14\"}"), 422, "validation-failed", "unitName");
        assertProblem(put(path, "{\"unitName\":\"a\\u0085b\",\"asOfDate\":\"2025-05-14\"}"), 422, "validation-failed", "unitName");
        assertProblem(put(path, "{\"unitName\":\"a\\tb\",\"asOfDate\":\"2025-05-14\"}"), 422, "validation-failed", "unitName");
        assertProblem(put(path, "{\"asOfDate\":\"2025-05-14\",\"otherFloorAreas\":[{\"name\":\"x\\ny\",\"area\":\"1.00\"}]}"),
                422, "validation-failed", "otherFloorAreas[0].name");
        assertNothingStored(path);
        String services = "/api/v1/assets/99K401/2025/purchased-services";
        assertProblem(put(services, "{\"none\":true,\"entries\":[],\"note\":\"\\udc00\"}"), 422, "validation-failed", "note");
        put(services, "{\"none\":true,\"entries\":[],\"note\":\"第一行\\n第二行\\t缩进\"}").statusCode(201)
                .body("note", equalTo("第一行\n第二行\t缩进"));
    }

    @Test
    void controlCharactersInQueryValuesAre422NamingTheParameter() {
        assertProblem(given().header(VIEWER).queryParam("revision", "dr\u0001aft").get("/api/v1/assets/99K402/2025").then(),
                422, "validation-failed", "revision");
        assertProblem(given().header(VIEWER).queryParam("after", "x\u007f").get("/api/v1/assets/99K402/vehicles").then(),
                422, "validation-failed", "after");
    }

    // ---- 5. numbers ------------------------------------------------------------------------------------------

    @Test
    void moneyParsesStrictlyAndEveryOtherWrittenFormIs422NamingTheField() {
        String path = statement("99K501");
        for (String bad : List.of("1e3", "+5.00", " 5.00", "5.00 ", "５.００", "٥.٠٠", "-0.00", "", "1.005", "1.2500")) {
            assertProblem(put(path, "{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"" + bad + "\"}"), 422, "validation-failed", "officeSpace");
        }
        assertNothingStored(path);
        put(path, "{\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"204.11\"}").statusCode(201).body("officeSpace", equalTo("204.11"));
    }

    @Test
    void countsThatAreNotIntegersOrOutOfRangeAreRefusedNever500() {
        String path = statement("99K502");
        for (String count : List.of("1e400", "1234567890123456789012345678901234567890", "1.5", "2147483648", "-1", "1000001")) {
            given().header(EDITOR).contentType(ContentType.JSON)
                    .body("{\"asOfDate\":\"2025-05-14\",\"vehicleQuota\":[{\"category\":\"LEADERSHIP\",\"allowed\":" + count + "}]}")
                    .put(path).then().statusCode(org.hamcrest.Matchers.oneOf(400, 422)).contentType("application/problem+json")
                    .body("errors.field", hasItem("vehicleQuota[0].allowed"));
        }
        assertNothingStored(path);
    }

    // ---- 6. query parameters -----------------------------------------------------------------------------------

    @Test
    void anUnknownQueryParameterIs400NamingIt() {
        assertProblem(given().header(VIEWER).queryParam("limt", 5).get("/api/v1/assets/99K601/vehicles").then(),
                400, "malformed-request", "limt");
        assertProblem(given().queryParam("asOf", "2025-01-01").get("/api/v1/assets/99K601/2025").then(),
                400, "malformed-request", "asOf");
        assertProblem(given().header(EDITOR).contentType(ContentType.JSON).queryParam("force", "true")
                .body("{\"asOfDate\":\"2025-05-14\"}").put(statement("99K601")).then(), 400, "malformed-request", "force");
        assertNothingStored(statement("99K601"));
    }

    @Test
    void limitIsOneTo200AndAnythingElseIs400() {
        for (String limit : List.of("0", "201", "-1", "x", "1.5", "", "99999999999")) {
            assertProblem(given().header(VIEWER).queryParam("limit", limit).get("/api/v1/assets/99K602/vehicles").then(),
                    400, "malformed-request", "limit");
        }
        given().header(VIEWER).queryParam("limit", 200).get("/api/v1/assets/99K602/vehicles").then().statusCode(200);
        assertProblem(given().header(VIEWER).queryParam("after", "%%%").get("/api/v1/assets/99K602/vehicles").then(),
                400, "malformed-request", "after");
    }

    // ---- 7. preconditions --------------------------------------------------------------------------------------

    @Test
    void anUpdateNeedsAStrongMatchingEtagOrStar() {
        String path = statement("99K701");
        put(path, "{\"asOfDate\":\"2025-05-14\"}").statusCode(201);
        String etag = given().header(VIEWER).queryParam("revision", "draft").get(path).then().statusCode(200).extract().header("ETag");
        assertProblem(put(path, "{\"asOfDate\":\"2025-05-15\"}"), 428, "precondition-required", "If-Match");
        given().header(EDITOR).header("If-Match", "W/" + etag).contentType(ContentType.JSON).body("{\"asOfDate\":\"2025-05-15\"}")
                .put(path).then().statusCode(412).contentType("application/problem+json");
        given().header(EDITOR).header("If-None-Match", "*").contentType(ContentType.JSON).body("{\"asOfDate\":\"2025-05-15\"}")
                .put(path).then().statusCode(412).contentType("application/problem+json");
        given().header(EDITOR).header("If-Match", "*").contentType(ContentType.JSON).body("{\"asOfDate\":\"2025-05-15\"}")
                .put(path).then().statusCode(200).body("asOfDate", equalTo("2025-05-15"));
        given().header(EDITOR).header("If-Match", "*").contentType(ContentType.JSON).body("{\"asOfDate\":\"2025-05-15\"}")
                .put(statement("99K702")).then().statusCode(412);
        given().header(EDITOR).header("If-None-Match", "*").contentType(ContentType.JSON).body("{\"asOfDate\":\"2025-05-15\"}")
                .put(statement("99K702")).then().statusCode(201);
    }

    // ---- 8. what the HTTP layer answers -----------------------------------------------------------------------

    @Test
    void theFrameworksOwnRefusalsAreProblemsToo() throws IOException {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:not-found"));
        given().header(EDITOR).patch(statement("99K801")).then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("urn:budget-disclosure:problem:method-not-allowed"));
        given().accept("text/html").get("/api/v1/assets/99K801/2025/statement").then().statusCode(406)
                .contentType("application/problem+json");
        // Quarkus refuses a target whose percent-escapes do not decode before any router or filter runs: a bare 400
        // (README, "What the HTTP layer answers itself"). Never a 5xx, never served.
        for (String target : List.of("/api/v1/assets/99K801/2025?revision=%zz", "/api/v1/assets/99K801/2025?revision=%", "/api/v1/assets/99K801/20%zz")) {
            assertThat(raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getKey()).as(target).isEqualTo(400);
        }
    }

    /**
     * Past the HTTP layer's backstop (8M) Quarkus ends the exchange itself: a bare 413 and the connection closed,
     * which a client still sending may see as the connection closing under it (README). Nothing is stored.
     */
    @Test
    void aChunkedBodyPastTheHttpLayersOwnLimitIs413AndStoresNothing() throws Exception {
        String path = "/api/v1/assets/99K802/2025/purchased-services";
        byte[] body = ("{\"none\":true,\"entries\":[],\"note\":\"无\"}" + " ".repeat(9 * 1000 * 1000)).getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + path.substring(1)))
                            .header("Authorization", EDITOR.getValue()).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        } catch (IOException closedWhileSending) {
            // the server refused and closed before the client had sent it all
        }
        assertNothingStored(path);
    }

    /** One raw HTTP/1.1 exchange: what a client that does not encode its target sends. */
    private Map.Entry<Integer, String> raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Map.entry(Integer.parseInt(response.substring(9, 12)), response);
        }
    }
}
