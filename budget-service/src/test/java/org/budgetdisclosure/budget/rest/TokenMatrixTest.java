package org.budgetdisclosure.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.Drafts;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.budgetdisclosure.budget.support.Tokens;
import org.budgetdisclosure.identity.DevIdentity;
import org.junit.jupiter.api.AfterEach;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

/**
 * Every write operation the service documents (read from its own /q/openapi, so a new endpoint cannot be left
 * open) refuses every bad token: 401 for none, expired, not yet valid, a bad signature, another issuer, another
 * audience and alg none; 403 for another unit's editor and for a viewer. Each answer is problem+json, and the
 * sample unit, its 2025 budget (a draft here, with its ETag) and the 2025 catalogues read back exactly as before.
 * A right token passes each operation; publishing needs a publisher or admin (docs/identity.md).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TokenMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");
    private static final String UNIT = "402001";
    private static final int YEAR = 2025;
    private static final String BUDGET = "/api/v1/budgets/" + UNIT + "/" + YEAR;
    private static final String DRAFT = Drafts.SAMPLE_BUDGET;
    private static final String REASON = "中小企业发展专项资金减少";

    record Operation(String method, String template) {
        String path() {
            String path = template;
            Matcher names = Pattern.compile("\\{([^}]+)}").matcher(template);
            while (names.find()) {
                path = path.replace(names.group(), parameter(names.group(1), template));
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

    /** The sample unit with its 2025 budget as a draft, so an editor's write of it is a right write. */
    @BeforeEach
    void loadTheSampleUnitWithADraft() {
        Drafts.put("/api/v1/units/" + UNIT, SeedDocument.sample("unit-402001.json")).then().statusCode(oneOf(200, 201));
        Drafts.delete(Tokens.admin(), BUDGET).then().statusCode(oneOf(204, 404));
        Tokens.asAdmin().contentType(ContentType.JSON).body(DRAFT).put(BUDGET).then().statusCode(201);
        Drafts.publish(UNIT, YEAR);
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(Catalogues.read("functional-2025.csv"))
                .put("/api/v1/classifications/functional/2025").then().statusCode(200);
        Tokens.asAdmin().contentType("text/csv; charset=UTF-8").body(Catalogues.read("economic-mapping-2025.csv"))
                .put("/api/v1/economic-mappings/2025").then().statusCode(200);
    }

    /** Leaves the sample budget as a draft and published, as the other tests load it. */
    @AfterEach
    void publishTheSampleAgain() {
        Drafts.loadSample();
        Drafts.publish(UNIT, YEAR);
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
                Response response = send(operation, bad.token(), false);
                String what = operation + " with " + bad.name();
                softly.assertThat(response.statusCode()).as(what + ": status " + response.asString()).isEqualTo(bad.status());
                softly.assertThat(response.contentType()).as(what + ": content type").startsWith("application/problem+json");
                softly.assertThat(response.jsonPath().getInt("status")).as(what + ": problem status").isEqualTo(bad.status());
                softly.assertThat(response.jsonPath().getString("type")).as(what + ": problem type").isEqualTo(
                        "urn:budget-disclosure:problem:" + (bad.status() == 401 ? "unauthorized" : "forbidden"));
                softly.assertThat(response.jsonPath().getString("title")).as(what + ": title").isNotBlank();
                softly.assertThat(response.jsonPath().getString("detail")).as(what + ": detail").isNotBlank();
                softly.assertThat(response.jsonPath().getString("instance")).as(what + ": instance").isEqualTo(operation.path());
                softly.assertThat(response.jsonPath().getString("requestId")).as(what + ": requestId").isNotBlank();
                softly.assertThat(response.header("X-Request-Id")).as(what + ": X-Request-Id").isNotBlank();
                if (bad.status() == 401) {
                    softly.assertThat(response.header("WWW-Authenticate")).as(what + ": challenge").isEqualTo("Bearer");
                }
                softly.assertThat(state()).as(what + ": everything reads back unchanged").isEqualTo(before);
                checked++;
            }
        }
        softly.assertAll();
        assertThat(checked).isEqualTo(operations.size() * cases.size());
        System.out.printf("TokenMatrixTest: %d write operations × %d bad tokens = %d cases%n",
                operations.size(), cases.size(), checked);
    }

    @Test
    void theRightTokenPassesEveryWrite() throws Exception {
        List<String> editors = List.of(Tokens.editor(UNIT), Tokens.editor("4020*"));
        int i = 0;
        for (Operation operation : writeOperations()) {
            String token = operation.template().contains("/revisions/") ? Tokens.publisher(UNIT)
                    : operation.template().startsWith("/api/v1/budgets/") ? editors.get(i++ % editors.size()) : Tokens.admin();
            Response response = send(operation, token, true);
            assertThat(response.statusCode()).as(operation + " with a right token: " + response.asString())
                    .isNotIn(401, 403).isLessThan(500);
            loadTheSampleUnitWithADraft();
        }
    }

    @Test
    void theForbiddenAnswerNamesTheReasonAndNothingElse() {
        Map<String, String> before = state();
        Tokens.as(Tokens.editor("402002")).delete(BUDGET).then().statusCode(403)
                .body("detail", equalTo("The token's unit scope does not cover unit 402001"));
        Tokens.as(Tokens.viewer(UNIT)).delete(BUDGET).then().statusCode(403)
                .body("detail", equalTo("The token's roles do not allow this operation; it needs one of: editor, publisher, admin"));
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).body(SeedDocument.sample("unit-402001.json"))
                .put("/api/v1/units/" + UNIT).then().statusCode(403)
                .body("detail", equalTo("The token's roles do not allow this operation; it needs one of: admin"));
        Tokens.as(Tokens.signed(Tokens.token("admin", UNIT))).contentType("text/csv; charset=UTF-8")
                .body(Catalogues.read("functional-2025.csv")).put("/api/v1/classifications/functional/2025")
                .then().statusCode(403)
                .body("detail", equalTo("This write names no unit; only a token scoped to every unit may make it"));
        Tokens.as(Tokens.signed(Tokens.token("admin", "4020*"))).delete("/api/v1/units/402101").then().statusCode(403)
                .body("detail", equalTo("The token's unit scope does not cover unit 402101"));
        assertThat(state()).isEqualTo(before);
    }

    /** Freezing and withdrawing revisions need a publisher or admin; drafts are written by editors, publishers and admins. */
    @Test
    void publishingNeedsAPublisherOrAdmin() {
        Map<String, String> before = state();
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).body("{}").put(BUDGET + "/revisions/2").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:budget-disclosure:problem:forbidden"))
                .body("detail", equalTo("The token's roles do not allow this operation; it needs one of: publisher, admin"));
        Tokens.asEditor(UNIT).contentType(ContentType.JSON).body("{\"reason\":\"x\"}").post(BUDGET + "/revisions/1/withdrawal")
                .then().statusCode(403);
        assertThat(state()).isEqualTo(before);
        Drafts.put(Tokens.publisher("4020*"), BUDGET, DRAFT.replace(REASON, "出版者")).then().statusCode(200);
        Tokens.as(Tokens.publisher(UNIT)).contentType(ContentType.JSON).body("{}").put(BUDGET + "/revisions/2").then().statusCode(201);
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
        Tokens.as(token).delete(BUDGET).then().statusCode(401).contentType("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void publishedReadsStayAnonymousAndIgnoreAnyTokenWhileADraftReadVerifiesIt() {
        given().get(BUDGET).then().statusCode(200);
        given().get("/api/v1/units/" + UNIT).then().statusCode(200);
        Tokens.as(Tokens.token("editor", UNIT).unsigned()).get(BUDGET + "/tables/3").then().statusCode(200);
        Tokens.as("not-a-token").get("/api/v1/classifications/functional/2025").then().statusCode(200);
        Tokens.as(Tokens.token("editor", UNIT).unsigned()).queryParam("revision", "draft").get(BUDGET).then().statusCode(401)
                .contentType("application/problem+json");
        Tokens.as(Tokens.editor("402002")).queryParam("revision", "draft").get(BUDGET).then().statusCode(404);
        Tokens.as(Tokens.editor("402002")).get(BUDGET + "/validation").then().statusCode(404);
        given().queryParam("revision", "draft").get(BUDGET).then().statusCode(404);
        Tokens.as(Tokens.viewer("4020*")).queryParam("revision", "draft").get(BUDGET).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
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

    /** The sample's value for a path parameter; an unknown parameter fails, so a new one gets a real value here. */
    static String parameter(String name, String template) {
        return switch (name) {
            case "unitCode", "code" -> {
                if (name.equals("code") && !template.startsWith("/api/v1/units/")) {
                    throw new AssertionError("no sample value for {code} of " + template);
                }
                yield UNIT;
            }
            case "year" -> String.valueOf(YEAR);
            case "scheme" -> "functional";
            case "n" -> "1";
            default -> throw new AssertionError("no sample value for path parameter {" + name + "} of " + template);
        };
    }

    static List<Case> badTokens() {
        var editor = Tokens.token("editor", UNIT);
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
                new Case("a viewer", Tokens.viewer(UNIT), 403));
    }

    /** A write that would change the sample if it were let through; {@code harmless}: one a right token may make. */
    private static Response send(Operation operation, String token, boolean harmless) {
        RequestSpecification request = token == null ? given() : Tokens.as(token);
        if (!operation.method().equals("delete")) {
            String template = operation.template();
            if (template.startsWith("/api/v1/classifications/")) {
                String csv = Catalogues.read("functional-2025.csv");
                request = request.contentType("text/csv; charset=UTF-8").body(harmless ? csv : csv.replace("行政运行", "被令牌矩阵改过"));
            } else if (template.startsWith("/api/v1/economic-mappings/")) {
                String csv = Catalogues.read("economic-mapping-2025.csv");
                request = request.contentType("text/csv; charset=UTF-8").body(harmless ? csv : csv.substring(0, csv.stripTrailing().lastIndexOf('\n') + 1));
            } else if (template.startsWith("/api/v1/units/")) {
                request = request.contentType(ContentType.JSON).body(SeedDocument.sample("unit-402001.json")
                        .replace("长治市上党区中小企业服务中心", harmless ? "长治市上党区中小企业服务中心" : "被令牌矩阵改过"));
            } else if (template.endsWith("/withdrawal")) {
                request = request.contentType(ContentType.JSON).body("{\"reason\":\"令牌矩阵\"}");
            } else if (template.contains("/revisions/")) {
                request = request.contentType(ContentType.JSON).body("{\"glossary\":[]}");
            } else if (template.startsWith("/api/v1/budgets/")) {
                request = request.contentType(ContentType.JSON).body(DRAFT.replace(REASON, "被令牌矩阵改过"));
            } else {
                throw new AssertionError("no sample body for " + operation + ": add one here");
            }
        }
        return request.request(operation.method().toUpperCase(), operation.path());
    }

    /** What the writes could change, read anonymously: the unit, its 2025 budget with its ETag, the 2025 catalogues. */
    private static Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("unit", given().get("/api/v1/units/" + UNIT).then().statusCode(200).extract().asString());
        Response budget = Drafts.reader().get(BUDGET);
        state.put("budget", budget.statusCode() + " " + budget.header("ETag") + " " + budget.asString());
        state.put("revisions", Tokens.as(Tokens.publisher(UNIT)).get(BUDGET + "/revisions").asString());
        state.put("functional", given().get("/api/v1/classifications/functional/2025").then().statusCode(200).extract().asString());
        state.put("mapping", given().get("/api/v1/economic-mappings/2025").then().statusCode(200).extract().asString());
        return state;
    }
}
