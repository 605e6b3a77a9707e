package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.SampleLoader;
import org.budgetdisclosure.asset.support.Tokens;
import org.budgetdisclosure.identity.DevIdentity;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every write operation the service documents, taken from its own /q/openapi (so a new endpoint cannot be
 * left open), against every kind of token that must be refused: 401 for no token and for tokens that do not
 * verify, 403 for a token of another unit or too small a role; always problem+json, and the unit's data
 * reads back unchanged. The right tokens (the unit's editor, an admin by code prefix) pass.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TokenMatrixTest {

    /** These tests state the draft's behaviour: plain reads are a viewer's draft reads, writes send the ETag read. */
    @org.junit.jupiter.api.BeforeAll
    static void readAndWriteTheDraft() {
        org.budgetdisclosure.asset.support.Drafts.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void plainRequestsAgain() {
        org.budgetdisclosure.asset.support.Drafts.uninstall();
    }

    private static final String UNIT = "402001";
    /** The sample's values for every path parameter; an operation with another parameter fails the test. */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "unitCode", UNIT, "year", "2025", "vehicleId", "V-001", "equipmentId", "E-001", "n", "1");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> WRITE_METHODS = List.of("put", "post", "patch", "delete");
    private static final PrivateKey FOREIGN_KEY = DevIdentity.generateKeys().getPrivate();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Operation(String method, String path, String url, String body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** why: a word the problem's detail names for a 403 (role or unit); null for a 401. */
    private record Refusal(String name, int status, Supplier<String> token, String why) {
        Refusal(String name, int status, Supplier<String> token) {
            this(name, status, token, null);
        }
    }

    /** Freezing and withdrawing revisions is a publisher's (or admin's) write; everything else an editor's. */
    private static boolean publishing(Operation operation) {
        return operation.path().contains("/revisions");
    }

    private static List<Refusal> refusals(Operation operation) {
        if (publishing(operation)) {
            List<Refusal> refusals = new ArrayList<>(refusals().subList(0, 7));
            refusals.add(new Refusal("another unit's publisher", 403, () -> Tokens.publisher("402002", "4021*"), "unit 402001"));
            refusals.add(new Refusal("too small a role (viewer)", 403, () -> Tokens.viewer(UNIT), "role publisher or admin"));
            refusals.add(new Refusal("too small a role (editor)", 403, () -> Tokens.editor(UNIT), "role publisher or admin"));
            return refusals;
        }
        return refusals();
    }

    private static List<Refusal> refusals() {
        Instant now = Instant.now();
        return List.of(
                new Refusal("no token", 401, () -> null),
                new Refusal("expired", 401, () -> Tokens.sign(Tokens.token("editor", UNIT)
                        .validBetween(now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)))),
                new Refusal("not yet valid", 401, () -> Tokens.sign(Tokens.token("editor", UNIT)
                        .validBetween(now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS)))),
                new Refusal("bad signature (a fresh key)", 401, () -> Tokens.token("editor", UNIT).sign(FOREIGN_KEY)),
                new Refusal("wrong issuer", 401, () -> Tokens.sign(Tokens.token("editor", UNIT).issuer("urn:someone-else"))),
                new Refusal("wrong audience", 401, () -> Tokens.sign(Tokens.token("editor", UNIT).audience("another-platform"))),
                new Refusal("alg none", 401, () -> Tokens.token("editor", UNIT).unsigned()),
                new Refusal("another unit's editor", 403, () -> Tokens.editor("402002", "4021*"), "unit 402001"),
                new Refusal("too small a role (viewer)", 403, () -> Tokens.viewer(UNIT), "role editor or admin"));
    }

    @TestFactory
    List<DynamicNode> everyWriteRefusesEveryBadTokenAndAcceptsTheRightOnes() {
        List<Operation> operations = writeOperations();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Operation operation : operations) {
            List<DynamicTest> cases = new ArrayList<>();
            for (Refusal refusal : refusals(operation)) {
                cases.add(DynamicTest.dynamicTest(refusal.name() + " -> " + refusal.status(), () -> refused(operation, refusal)));
            }
            if (publishing(operation)) {
                cases.add(DynamicTest.dynamicTest("the unit's publisher passes", () -> passes(operation, Tokens.publisher(UNIT))));
            } else {
                cases.add(DynamicTest.dynamicTest("the unit's editor passes", () -> passes(operation, Tokens.editor(UNIT))));
            }
            cases.add(DynamicTest.dynamicTest("an admin by code prefix passes", () -> passes(operation, Tokens.admin("4020*"))));
            nodes.add(DynamicContainer.dynamicContainer(operation.toString(), cases));
        }
        nodes.add(DynamicTest.dynamicTest("the sample is restored", SampleLoader::loadAll));
        return nodes;
    }

    @Test
    void theDocumentDeclaresTheBearerSchemeOnWritesAndNothingOnReads() {
        Map<String, Object> document = openApi();
        assertThat(jsonAt(document, "components.securitySchemes.bearer"))
                .isEqualTo(Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                        "description", "RS256 JWT from the identity provider: groups (roles) and units (unit scope)"));
        paths(document).forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (WRITE_METHODS.contains(method)) {
                assertThat(operation.get("security")).as("%s %s", method, path).isEqualTo(List.of(Map.of("bearer", List.of())));
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as("%s %s", method, path).containsKeys("401", "403");
            } else if (path.equals("/api/v1/assets/audit")) {
                // The one read that needs a token: the audit log is for admins.
                assertThat(operation.get("security")).as("%s %s", method, path).isEqualTo(List.of(Map.of("bearer", List.of())));
            } else if (List.of("get", "head").contains(method)) {
                assertThat(operation).as("%s %s", method, path).doesNotContainKey("security");
            }
        }));
        assertThat(document).doesNotContainKey("security");
    }

    @Test
    void theTokenIsCheckedBeforeTheBodyIsRead() {
        String url = "/api/v1/assets/" + UNIT + "/2025/procurement";
        given().contentType(ContentType.JSON).body("{\"items\": [").put(url).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:budget-disclosure:problem:unauthorized"));
        given().header(Tokens.asEditorOf("402002")).contentType(ContentType.JSON).body("{\"items\": [").put(url).then()
                .statusCode(403).body("type", equalTo("urn:budget-disclosure:problem:forbidden"));
        given().header(Tokens.bearer(Tokens.viewer(UNIT))).contentType(ContentType.JSON).body("{\"items\": [").put(url).then()
                .statusCode(403).body("type", equalTo("urn:budget-disclosure:problem:forbidden"));
    }

    @Test
    void aMalformedBearerHeaderIsRefusedLikeNoToken() {
        String url = "/api/v1/assets/" + UNIT + "/2025/statement";
        for (String authorization : List.of("Bearer", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", "bearer " + Tokens.editor(UNIT).substring(5))) {
            given().header("Authorization", authorization).delete(url).then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("urn:budget-disclosure:problem:unauthorized"));
        }
        given().get(url).then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));
    }

    // ---------------------------------------------------------------------------------------------

    private void refused(Operation operation, Refusal refusal) {
        resetIfChanged();
        String requestId = "matrix-" + (++requests);
        Response response = send(operation, refusal.token().get(), requestId);
        response.then().statusCode(refusal.status())
                .contentType("application/problem+json")
                .header("X-Request-Id", requestId).body("requestId", equalTo(requestId))
                .body("type", equalTo("urn:budget-disclosure:problem:" + (refusal.status() == 401 ? "unauthorized" : "forbidden")))
                .body("status", equalTo(refusal.status()))
                .body("title", notNullValue()).body("detail", notNullValue())
                .body("instance", equalTo(operation.url()));
        if (refusal.status() == 401) {
            assertThat(response.headers().getValues("WWW-Authenticate")).containsExactly("Bearer");
        } else {
            assertThat(response.jsonPath().getString("detail")).contains(refusal.why());
        }
        assertThat(unitData()).as("the unit's data after a refused %s", operation).isEqualTo(baseline);
    }

    private void passes(Operation operation, String token) {
        resetIfChanged();
        int status = send(revisionToUse(operation), token, "matrix-" + (++requests)).statusCode();
        changed = true;
        if (operation.method().equals("delete") && operation.path().endsWith("/revisions/{n}")) {
            // Revisions are never deleted: the right token gets past identity to the documented 409.
            assertThat(status).as("%s with the right token", operation).isEqualTo(409);
            return;
        }
        assertThat(status).as("%s with the right token", operation).isNotIn(401, 403).isBetween(200, 299);
    }

    /**
     * Other tests may have published the unit-year already: freezing names the next revision (or the latest again
     * when it holds the draft: a replay), a withdrawal the latest.
     */
    private static Operation revisionToUse(Operation operation) {
        if (!operation.path().contains("/revisions/{n}")) {
            return operation;
        }
        var revisions = given().header(Tokens.asViewer()).get("/api/v1/assets/" + UNIT + "/2025/revisions")
                .then().statusCode(200).extract().jsonPath();
        Integer latest = revisions.get("latest");
        int n;
        if (operation.path().endsWith("/withdrawal") || operation.method().equals("delete")) {
            n = latest == null ? 1 : latest;
        } else {
            boolean same = latest != null && revisions.getString("draftHash").equals(revisions.getString("items[0].contentHash"));
            n = same ? latest : (latest == null ? 1 : latest + 1);
        }
        return new Operation(operation.method(), operation.path(),
                operation.url().replace("/revisions/1", "/revisions/" + n), operation.body());
    }

    private static Response send(Operation operation, String token, String requestId) {
        RequestSpecification request = given().header("X-Request-Id", requestId);
        if (token != null) {
            request.header(Tokens.bearer(token));
        }
        if (operation.body() != null) {
            request.contentType(ContentType.JSON).body(operation.body());
        }
        return request.request(operation.method().toUpperCase(), operation.url());
    }

    private static int requests;
    /** Set when a write went through: the next case starts from {@link #resetIfChanged()} again. */
    private static boolean changed = true;
    /** {@link #unitData()} right after the last reset; a refused write must leave it as it is. */
    private static String baseline;

    /**
     * The sample, plus a vehicle V-001 and an item E-001 and year parts that differ from the documented request
     * examples, so that a write let through by mistake would show in {@link #unitData()}.
     */
    private static void resetIfChanged() {
        if (!changed) {
            return;
        }
        SampleLoader.loadAll();
        Header admin = Tokens.bearer(Tokens.admin());
        String base = "/api/v1/assets/" + UNIT;
        given().header(admin).contentType(ContentType.JSON).body("""
                {"plateNumber":"晋D·T0001","category":"OTHER_OFFICIAL","acquisitionDate":"2018-03-01","originalValue":"1000.00"}""")
                .put(base + "/vehicles/V-001").then().statusCode(201);
        given().header(admin).contentType(ContentType.JSON).body("""
                {"name":"打印机","acquisitionDate":"2018-03-01","originalValue":"2000.00"}""")
                .put(base + "/equipment/E-001").then().statusCode(201);
        given().header(admin).contentType(ContentType.JSON).body("""
                {"items":[{"type":"SERVICES","description":"维修","amount":"9999.00"}]}""")
                .put(base + "/2025/procurement").then().statusCode(200);
        given().header(admin).contentType(ContentType.JSON).body("""
                {"asOfDate":"2025-05-14","officeSpace":"1.00","vehicleQuota":[{"category":"OTHER_OFFICIAL","allowed":1}]}""")
                .put(base + "/2025/statement").then().statusCode(200);
        given().header(admin).contentType(ContentType.JSON).body("""
                {"none":false,"entries":[{"code":"B0101","name":"课题研究服务"}]}""")
                .put(base + "/2025/purchased-services").then().statusCode(200);
        baseline = unitData();
        changed = false;
    }

    /** Everything stored for the unit and the year, as an anonymous reader gets it. */
    private static String unitData() {
        StringBuilder data = new StringBuilder();
        for (String path : List.of("/2025", "/vehicles?limit=200", "/equipment?limit=200", "/2025/statement",
                "/2025/procurement", "/2025/purchased-services")) {
            Response r = given().get("/api/v1/assets/" + UNIT + path);
            data.append(path).append(' ').append(r.statusCode()).append(' ').append(r.header("ETag")).append(' ')
                    .append(r.asString()).append('\n');
        }
        return data.toString();
    }

    private static List<Operation> writeOperations() {
        List<Operation> operations = new ArrayList<>();
        paths(openApi()).forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (WRITE_METHODS.contains(method)) {
                operations.add(new Operation(method, path, fill(path), exampleBody(operation)));
            }
        }));
        assertThat(operations).as("write operations in /q/openapi").isNotEmpty();
        return operations;
    }

    private static String fill(String path) {
        Matcher m = PATH_PARAMETER.matcher(path);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = PATH_VALUES.get(m.group(1));
            assertThat(value).as("a sample value for path parameter {%s} of %s", m.group(1), path).isNotNull();
            m.appendReplacement(url, value);
        }
        return m.appendTail(url).toString();
    }

    @SuppressWarnings("unchecked")
    private static String exampleBody(Map<String, Object> operation) {
        Object examples = jsonAt(operation, "requestBody.content.application/json.examples");
        if (!(examples instanceof Map<?, ?> byName) || byName.isEmpty()) {
            return null;
        }
        Object value = ((Map<String, Object>) byName.values().iterator().next()).get("value");
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> paths(Map<String, Object> document) {
        return (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
    }

    /** A dotted path into parsed JSON (keys may contain '/', never '.'). */
    @SuppressWarnings("unchecked")
    private static Object jsonAt(Map<String, Object> json, String dotted) {
        Object node = json;
        for (String key : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return node;
    }
}
