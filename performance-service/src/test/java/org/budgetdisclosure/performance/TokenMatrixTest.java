package org.budgetdisclosure.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;
import org.budgetdisclosure.identity.DevIdentity;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.Drafts;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.budgetdisclosure.performance.support.Samples;
import org.budgetdisclosure.performance.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation the service documents (read from its own /q/openapi, so a new endpoint cannot be left
 * open) refuses every bad token: 401 for none, expired, not yet valid, a bad signature, another issuer, another
 * audience and alg none; 403 for another unit's editor and for a viewer. Each answer is problem+json, and the
 * sample unit's year (its unit document, goals, every form) reads back exactly as before. A right token passes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class TokenMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");
    private static final String BASE = "/api/v1/performance/" + Samples.UNIT + "/" + Samples.YEAR;
    private static final String FORM = "402001250002";
    private static final String GOAL = "402001250003";
    /** The project a POST would create if it were let through; removed after the positive case. */
    private static final String NEW_FORM = "402001259999";

    record Operation(String method, String template) {
        String path() {
            String path = template;
            for (Map.Entry<String, String> parameter : parameters(template).entrySet()) {
                path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            return path;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    record Case(String name, String token, int status) {
    }

    @BeforeEach
    void loadTheSampleUnit() {
        Samples.load();
    }

    @Test
    void everyWriteRefusesEveryBadTokenAndChangesNothing() throws Exception {
        List<Operation> operations = writeOperations();
        List<Case> cases = badTokens();
        Map<String, String> before = state();
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Operation operation : operations) {
            for (Case bad : cases) {
                Response response = send(operation, bad.token());
                String what = operation + " with " + bad.name();
                softly.assertThat(response.statusCode()).as(what + ": status").isEqualTo(bad.status());
                softly.assertThat(response.contentType()).as(what + ": content type").startsWith("application/problem+json");
                softly.assertThat(response.jsonPath().getInt("status")).as(what + ": problem status").isEqualTo(bad.status());
                softly.assertThat(response.jsonPath().getString("type")).as(what + ": problem type").isEqualTo(
                        "urn:budget-disclosure:problem:" + (bad.status() == 401 ? "unauthorized" : "forbidden"));
                softly.assertThat(response.jsonPath().getString("title")).as(what + ": title").isNotBlank();
                softly.assertThat(response.jsonPath().getString("detail")).as(what + ": detail").isNotBlank();
                softly.assertThat(response.jsonPath().getString("instance")).as(what + ": instance").isEqualTo(operation.path());
                softly.assertThat(response.jsonPath().getString("requestId")).as(what + ": requestId").isNotBlank();
                if (bad.status() == 401) {
                    softly.assertThat(response.header("WWW-Authenticate")).as(what + ": challenge").isEqualTo("Bearer");
                }
                softly.assertThat(state()).as(what + ": the unit's year reads back unchanged").isEqualTo(before);
                checked++;
            }
        }
        softly.assertAll();
        assertThat(checked).isEqualTo(operations.size() * cases.size());
        System.out.printf("TokenMatrixTest: %d write operations × %d bad tokens = %d cases%n",
                operations.size(), cases.size(), checked);
    }

    @Test
    void theForbiddenAnswerNamesTheReasonAndNothingElse() {
        String path = BASE + "/forms/" + FORM;
        Tokens.as(Tokens.editor("402002")).delete(path).then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.equalTo("The token's unit scope does not cover unit 402001"));
        Tokens.as(Tokens.viewer(Samples.UNIT)).delete(path).then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.equalTo(
                        "The token's roles do not allow this operation; it needs one of: editor, admin"));
        Tokens.as(Tokens.signed(Tokens.token("publisher", Samples.UNIT))).delete(path).then().statusCode(403);
        Drafts.read().get(path).then().statusCode(200);
    }

    @Test
    void theRightTokenPassesEveryWrite() throws Exception {
        List<String> tokens = List.of(Tokens.editor(Samples.UNIT), Tokens.editor("4020*"), Tokens.admin());
        List<String> publishers = List.of(Tokens.signed(Tokens.token("publisher", Samples.UNIT)),
                Tokens.signed(Tokens.token("publisher", "4020*")), Tokens.admin());
        try {
            int i = 0;
            for (Operation operation : writeOperations()) {
                String token = (operation.template().contains("/revisions") ? publishers : tokens).get(i++ % tokens.size());
                Response response = send(operation, token);
                assertThat(response.statusCode()).as(operation + " with a right token: " + response.asString())
                        .isNotIn(401, 403).isLessThan(500);
                Samples.load();
            }
        } finally {
            Tokens.asAdmin().delete(BASE + "/forms/" + NEW_FORM);
            Samples.load();
        }
    }

    /** The classic algorithm confusion: HS256 keyed with the (public) verification key is refused; RS256 only. */
    @Test
    void aTokenMacedWithThePublicKeyIsRefused() throws Exception {
        String unsigned = Tokens.token("admin", "*").unsigned();
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String signingInput = header + unsigned.substring(unsigned.indexOf('.'), unsigned.length() - 1);
        Mac mac = Mac.getInstance("HmacSHA256");
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Tokens.KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String token = signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> before = state();
        Tokens.as(token).delete(BASE + "/goals/" + GOAL).then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void draftReadsNeedAViewerOrMoreOfTheUnitAndABadTokenOnADraftReadIs401() {
        String draft = BASE + "/forms/" + FORM;
        given().queryParam("revision", "draft").get(draft).then().statusCode(404);
        Tokens.as(Tokens.viewer("402002")).queryParam("revision", "draft").get(draft).then().statusCode(404);
        Tokens.as(Tokens.viewer(Samples.UNIT)).queryParam("revision", "draft").get(draft).then().statusCode(200);
        Tokens.as(Tokens.signed(Tokens.token("publisher", "4020*"))).queryParam("revision", "draft").get(draft).then().statusCode(200);
        String unsigned = Tokens.token("editor", Samples.UNIT).unsigned();
        Tokens.as(unsigned).queryParam("revision", "draft").get(draft).then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** Every PUT, POST, DELETE and PATCH in the service's own OpenAPI document; never empty. */
    static List<Operation> writeOperations() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (WRITES.contains(method)) {
                    operations.add(new Operation(method, path.getKey()));
                }
            });
        }
        assertThat(operations).as("write operations in /q/openapi").isNotEmpty();
        return operations;
    }

    /** The sample's values for the path parameters; an unknown parameter fails, so a new one gets a real value here. */
    static Map<String, String> parameters(String template) {
        Map<String, String> values = new LinkedHashMap<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (names.find()) {
            String name = names.group(1);
            values.put(name, switch (name) {
                case "unitCode" -> Samples.UNIT;
                case "year" -> String.valueOf(Samples.YEAR);
                case "projectCode" -> template.contains("/goals/") ? GOAL : FORM;
                case "revision" -> "1";
                default -> throw new AssertionError("no sample value for path parameter {" + name + "} of " + template);
            });
        }
        return values;
    }

    static List<Case> badTokens() {
        var editor = Tokens.token("editor", Samples.UNIT);
        Instant now = Instant.now();
        return List.of(
                new Case("no token", null, 401),
                new Case("an expired token", Tokens.signed(editor.validBetween(now.minus(Duration.ofHours(2)),
                        now.minus(Duration.ofHours(1)))), 401),
                new Case("a token not yet valid", Tokens.signed(editor.validBetween(now.plus(Duration.ofHours(1)),
                        now.plus(Duration.ofHours(2)))), 401),
                new Case("a bad signature", editor.sign(DevIdentity.generateKeys().getPrivate()), 401),
                new Case("another issuer", Tokens.signed(editor.issuer("urn:someone-else")), 401),
                new Case("another audience", Tokens.signed(editor.audience("another-platform")), 401),
                new Case("alg none", editor.unsigned(), 401),
                new Case("another unit's editor", Tokens.editor("402002"), 403),
                new Case("a viewer", Tokens.viewer(Samples.UNIT), 403));
    }

    /** A write that would change the sample unit's year if it were let through. */
    private static Response send(Operation operation, String token) throws Exception {
        RequestSpecification request = token == null ? given() : Tokens.as(token);
        String body = body(operation);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(operation.method().toUpperCase(), operation.path());
    }

    private static String body(Operation operation) throws Exception {
        if (operation.method().equals("delete")) {
            return null;
        }
        String template = operation.template();
        if (template.endsWith("/revisions/{revision}")) {
            return "{}";
        }
        if (template.endsWith("/withdrawal")) {
            return "{\"reason\":\"withdrawn by the token matrix\"}";
        }
        if (template.endsWith("/forms/{projectCode}")) {
            ObjectNode form = (ObjectNode) JSON.readTree(Samples.read("form-" + FORM + ".json"));
            return form.put("projectName", "changed by the token matrix").toString();
        }
        if (template.endsWith("/forms")) {
            ObjectNode form = (ObjectNode) JSON.readTree(Samples.read("form-" + FORM + ".json"));
            return form.put("projectCode", NEW_FORM).put("projectName", "created by the token matrix").toString();
        }
        if (template.endsWith("/goals/{projectCode}")) {
            ObjectNode goal = (ObjectNode) JSON.readTree(Samples.read("goal-" + GOAL + ".json"));
            return goal.put("projectName", "changed by the token matrix").toString();
        }
        if (template.endsWith("/{unitCode}/{year}")) {
            ObjectNode unit = (ObjectNode) JSON.readTree(Samples.read("unit.json"));
            return unit.put("unitName", "changed by the token matrix").toString();
        }
        throw new AssertionError("no sample body for " + operation + ": add one here");
    }

    /** The sample unit's year as its draft reads: unit document, goals, the list of forms, every form, the revisions. */
    private static Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("unit", Drafts.read().get(BASE).then().statusCode(200).extract().asString());
        state.put("goals", Drafts.read().get(BASE + "/goals").then().statusCode(200).extract().asString());
        Response forms = Drafts.read().queryParam("limit", 200).get(BASE + "/forms");
        state.put("forms", forms.then().statusCode(200).extract().asString());
        for (String code : forms.jsonPath().getList("items.projectCode", String.class)) {
            state.put("form " + code, Drafts.read().get(BASE + "/forms/" + code).then().statusCode(200).extract().asString());
        }
        state.put("revisions", Drafts.read().get(BASE + "/revisions").then().statusCode(200).extract().path("items").toString());
        return state;
    }
}
