package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.budgetdisclosure.asset.support.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several hundred bad requests generated from the service's own OpenAPI document, sent over real HTTP with an
 * admin's token (so authorization does not stop them first): every operation × wrong JSON types, missing and
 * extra fields, nulls, control characters, lone surrogates, huge and over-precise numbers, malformed money,
 * truncated JSON, two documents, duplicate keys, missing or wrong Content-Type, a UTF-16 body, over-limit bodies
 * plain and chunked, and bad or unknown query parameters. Writes carry {@code If-Match: *}, so that they reach
 * the checks of their body instead of stopping at 428. Every answer must be a 4xx application/problem+json
 * (never a 5xx, never a success), and the unit's stored data must be unchanged after each one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiFuzzTest {

    private static final String UNIT = "99F001";
    /** Non-ASCII written as \\u escapes: a lone surrogate must reach the server as one, not as UTF-8's '?'. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ADMIN = "Bearer " + Tokens.admin();
    private static final String VIEWER = "Bearer " + Tokens.viewer("*");
    private static final Duration BUDGET = Duration.ofSeconds(50);

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, String> valids = new LinkedHashMap<>();
    private static final String ADMIN_NO_PRECONDITION = ADMIN + " ";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private JsonNode schemas;

    record Attempt(String method, String path, String contentType, byte[] body, boolean chunked, String what) {
    }

    @Test
    void noBadRequestGeneratedFromTheOpenApiDocumentGetsA5xxOrChangesStoredData() throws Exception {
        JsonNode doc = JSON.readTree(send("GET", "/q/openapi?format=json", null, null, false, null).body());
        schemas = doc.path("components").path("schemas");
        seed();
        List<Attempt> attempts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String url = path.getKey().replace("{unitCode}", UNIT).replace("{year}", "2025").replace("{vehicleId}", "V-001")
                    .replace("{equipmentId}", "E-001").replace("{n}", "1");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "PUT", "POST", "DELETE").contains(method)) {
                    continue;
                }
                queryAttempts(method, url, op.getValue(), attempts);
                JsonNode schemaRef = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (!schemaRef.isMissingNode()) {
                    bodyAttempts(method, url, resolve(schemaRef), attempts);
                }
            }
        }
        assertThat(attempts).as("generated bad requests").hasSizeGreaterThan(300);
        // Each bad body is a valid one with one fault: the valid ones are accepted (each on a unit of its own, left
        // as is), so a refusal below is the fault's and not some other field's.
        int unit = 100;
        for (Map.Entry<String, String> valid : valids.entrySet()) {
            String[] op = valid.getKey().split(" ", 2);
            String other = op[1].replace("/" + UNIT + "/", "/99F" + unit++ + "/");
            HttpResponse<String> r = send(op[0], other, "application/json", valid.getValue().getBytes(StandardCharsets.UTF_8), false, ADMIN_NO_PRECONDITION);
            assertThat(r.statusCode()).as("the valid body of " + valid.getKey() + ": " + valid.getValue() + " → " + r.body())
                    .isIn(other.endsWith("/withdrawal") ? List.of(404) : List.of(200, 201, 204));
        }

        long started = System.nanoTime();
        String before = stored();
        List<String> failures = new ArrayList<>();
        for (Attempt a : attempts) {
            HttpResponse<String> response = null;
            try {
                response = send(a.method(), a.path(), a.contentType(), a.body(), a.chunked(), ADMIN);
            } catch (java.io.IOException e) {
                // Only an over-limit body may meet a connection the server closed after its 413 while the client
                // was still sending; anything else is a failure.
                if (a.body() == null || a.body().length <= 2 * 1024 * 1024) {
                    failures.add(a.method() + " " + a.path() + " [" + a.what() + "] → " + e);
                }
            }
            int status = response == null ? 413 : response.statusCode();
            String type = response == null ? Problem.MEDIA_TYPE : response.headers().firstValue("Content-Type").orElse("");
            boolean bareByDesign = status == 413 && a.chunked() && a.body().length > 8 * 1024 * 1024;
            if (status < 400 || status >= 500 || (!type.startsWith("application/problem+json") && !bareByDesign)) {
                failures.add(a.method() + " " + a.path() + " [" + a.what() + "] → " + status + " " + type + " "
                        + response.body().substring(0, Math.min(200, response.body().length())));
            }
            if (!a.method().equals("GET")) {
                String after = stored();
                if (!after.equals(before)) {
                    failures.add(a.method() + " " + a.path() + " [" + a.what() + "] changed the stored data");
                    before = after;
                }
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time spent after " + a.what() + "; failures so far: " + failures)
                    .isLessThan(BUDGET);
        }
        System.err.printf("[fuzz] %d bad requests in %d ms%n", attempts.size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(failures).as(attempts.size() + " bad requests").isEmpty();
    }

    // ---- what is sent ------------------------------------------------------------------------------------------

    private void queryAttempts(String method, String url, JsonNode op, List<Attempt> out) {
        out.add(new Attempt(method, url + "?zzUnknown=1", null, null, false, "unknown query parameter"));
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            String name = p.path("name").asText();
            List<String> values = new ArrayList<>(List.of("\u0001", "a\u0000b", "x".repeat(300), "\u009f"));
            if (name.equals("limit")) {
                values.addAll(List.of("x", "0", "201", "1.5", "-1", "1e3", "99999999999"));
            }
            if (name.equals("revision")) {
                values.addAll(List.of("x", "0", "-1", "1e3", "9999999"));
            }
            if (name.equals("after")) {
                values.addAll(List.of("%%%", "!!", "*"));
            }
            for (String v : values) {
                out.add(new Attempt(method, url + "?" + name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8), null, null,
                        false, name + "=" + printable(v)));
            }
        }
    }

    private void bodyAttempts(String method, String url, JsonNode schema, List<Attempt> out) throws Exception {
        ObjectNode valid = (ObjectNode) example(schema, 0);
        if (url.endsWith("/vehicles/V-001")) {
            valid.put("vehicleId", "V-001");
        }
        if (url.endsWith("/equipment/E-001")) {
            valid.put("equipmentId", "E-001");
        }
        valids.put(method + " " + url, JSON.writeValueAsString(valid));
        String validText = JSON.writeValueAsString(valid);
        mutate(method, url, valid, valid, schema, "", out);
        // the body as a whole
        ObjectNode extra = valid.deepCopy();
        extra.put("zzUnknown", 1);
        json(method, url, extra, "unknown field", out);
        raw(method, url, validText.substring(0, validText.length() / 2), "truncated JSON", out);
        raw(method, url, validText + validText, "two documents", out);
        raw(method, url, validText + " x", "trailing data", out);
        raw(method, url, "", "empty body", out);
        raw(method, url, "null", "null body", out);
        raw(method, url, "[]", "array body", out);
        raw(method, url, "\"text\"", "string body", out);
        String firstField = valid.fieldNames().hasNext() ? valid.fieldNames().next() : "x";
        raw(method, url, "{\"" + firstField + "\":" + JSON.writeValueAsString(valid.get(firstField)) + "," + validText.substring(1),
                "duplicate key " + firstField, out);
        out.add(new Attempt(method, url, null, validText.getBytes(StandardCharsets.UTF_8), false, "no Content-Type"));
        out.add(new Attempt(method, url, "text/plain", validText.getBytes(StandardCharsets.UTF_8), false, "text/plain"));
        out.add(new Attempt(method, url, "application/xml", "<x/>".getBytes(StandardCharsets.UTF_8), false, "XML"));
        out.add(new Attempt(method, url, "application/json", validText.getBytes(StandardCharsets.UTF_16), false, "UTF-16 body"));
        out.add(new Attempt(method, url, "application/json", validText.getBytes(StandardCharsets.UTF_16LE), false, "UTF-16LE body"));
        if (url.endsWith("/statement") || url.endsWith("/vehicles")) {
            // two operations carry the over-limit bodies: the limit is one filter for all, and 2 MiB each costs time
            byte[] over = (validText + " ".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
            out.add(new Attempt(method, url, "application/json", over, false, "over 2 MiB"));
            out.add(new Attempt(method, url, "application/json", over, true, "over 2 MiB, chunked"));
        }
    }

    /** Each field of the object (and of the first item of each array of objects) made wrong in every way. */
    private void mutate(String method, String url, ObjectNode root, ObjectNode target, JsonNode schema, String prefix,
                        List<Attempt> out) throws Exception {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = props.next();
            String name = prop.getKey();
            JsonNode ps = resolve(prop.getValue());
            JsonNode original = target.get(name);
            Map<String, JsonNode> wrong = new LinkedHashMap<>();
            String type = type(ps);
            switch (type) {
                case "string" -> {
                    wrong.put("number", NODES.numberNode(12));
                    wrong.put("boolean", NODES.booleanNode(true));
                    wrong.put("object", NODES.objectNode());
                    wrong.put("NUL", NODES.textNode("a\u0000b"));
                    wrong.put("control U+0001", NODES.textNode("\u0001"));
                    wrong.put("C1 control", NODES.textNode("a\u0085b"));
                    wrong.put("lone surrogate", NODES.textNode("a\uD800b"));
                    wrong.put("lone low surrogate", NODES.textNode("\uDC00"));
                    if (ps.has("maxLength")) {
                        wrong.put("over maxLength", NODES.textNode("9".repeat(ps.get("maxLength").asInt() + 1)));
                    }
                    if (ps.has("enum")) {
                        wrong.put("unknown enum value", NODES.textNode("NOT_A_VALUE"));
                    }
                    if (original != null && original.asText().matches("[0-9]+\\.[0-9]{2}")) {
                        for (String money : List.of("1e3", "+5.00", " 5.00", "5.00 ", "５.００", "-0.00", "", "1.001", "-1.00", "1,000.00")) {
                            wrong.put("money " + printable(money), NODES.textNode(money));
                        }
                    }
                    if (original != null && original.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        wrong.put("bad date", NODES.textNode("2025-02-30"));
                        wrong.put("date year 10000", NODES.textNode("+10000-01-01"));
                    }
                }
                case "integer" -> {
                    wrong.put("string", NODES.textNode("1"));
                    wrong.put("fraction", NODES.numberNode(1.5));
                    wrong.put("1e400", null);
                    wrong.put("40 digits", null);
                    wrong.put("negative", NODES.numberNode(-1));
                    wrong.put("above int", NODES.numberNode(2147483648L));
                    wrong.put("boolean", NODES.booleanNode(true));
                }
                case "boolean" -> {
                    wrong.put("string", NODES.textNode("true"));
                    wrong.put("number", NODES.numberNode(1));
                }
                case "array" -> {
                    wrong.put("object", NODES.objectNode());
                    wrong.put("string", NODES.textNode("x"));
                    if (ps.has("maxItems") && ps.get("maxItems").asInt() <= 1000 && original != null && original.size() > 0) {
                        ArrayNode many = NODES.arrayNode();
                        for (int i = 0; i <= ps.get("maxItems").asInt(); i++) {
                            many.add(original.get(0));
                        }
                        wrong.put("over maxItems", many);
                    }
                }
                case "object" -> {
                    wrong.put("string", NODES.textNode("x"));
                    wrong.put("array", NODES.arrayNode());
                }
                default -> {
                }
            }
            if (required.contains(name)) {
                wrong.put("null (required)", NODES.nullNode());
                wrong.put("missing (required)", NODES.missingNode());
            }
            for (Map.Entry<String, JsonNode> w : wrong.entrySet()) {
                ObjectNode copy = root.deepCopy();
                ObjectNode at = locate(copy, prefix);
                String what = prefix + name + ": " + w.getKey();
                if (w.getValue() == null) {
                    String marker = "\"__HUGE__\"";
                    at.put(name, "__HUGE__");
                    String text = JSON.writeValueAsString(copy).replace(marker, w.getKey().equals("1e400") ? "1e400"
                            : "1234567890123456789012345678901234567890");
                    raw(method, url, text, what, out);
                    continue;
                }
                if (w.getValue().isMissingNode()) {
                    at.remove(name);
                } else {
                    at.set(name, w.getValue());
                }
                json(method, url, copy, what, out);
            }
            if (type.equals("array") && original != null && original.size() > 0 && original.get(0).isObject()) {
                mutate(method, url, root, (ObjectNode) original.get(0), resolve(ps.path("items")), prefix + name + "[0].", out);
            } else if (type.equals("object") && original != null && original.isObject()) {
                mutate(method, url, root, (ObjectNode) original, ps, prefix + name + ".", out);
            }
        }
    }

    /** The node a prefix such as "vehicles[0]." names in a copy of the root. */
    private static ObjectNode locate(ObjectNode root, String prefix) {
        ObjectNode at = root;
        for (String part : prefix.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.endsWith("[0]")) {
                at = (ObjectNode) at.get(part.substring(0, part.length() - 3)).get(0);
            } else {
                at = (ObjectNode) at.get(part);
            }
        }
        return at;
    }

    private void json(String method, String url, JsonNode body, String what, List<Attempt> out) throws Exception {
        raw(method, url, JSON.writeValueAsString(body), what, out);
    }

    private static void raw(String method, String url, String body, String what, List<Attempt> out) {
        out.add(new Attempt(method, url, "application/json", body.getBytes(StandardCharsets.UTF_8), false, what));
    }

    // ---- a valid document from a schema -------------------------------------------------------------------------

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref") && !schema.get("$ref").asText().endsWith("/LocalDate") && !schema.get("$ref").asText().endsWith("/Instant")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(schemas.path(name));
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!option.path("type").asText().equals("null")) {
                    return resolve(option);
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            return "string"; // LocalDate
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("object");
    }

    private JsonNode example(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("$ref")) {
            return NODES.textNode("2025-05-14");
        }
        switch (type(s)) {
            case "string" -> {
                if (s.has("enum")) {
                    return s.get("enum").get(0);
                }
                if (s.has("examples")) {
                    return s.get("examples").get(0);
                }
                if (s.has("pattern")) {
                    return NODES.textNode("F-1");
                }
                if (s.path("description").asText().contains("m²") || s.path("description").asText().contains("yuan")) {
                    return NODES.textNode("1.00");
                }
                return NODES.textNode("x");
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false); // purchased services: none = false with its one entry
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 3) {
                    array.add(example(s.path("items"), depth + 1));
                }
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = props.next();
                    if (p.getKey().equals("reportedTotals")) {
                        continue; // optional, and it must add up to the items: left out of the valid body
                    }
                    object.set(p.getKey(), p.getKey().equals("smeSetAside") ? NODES.textNode("0.00") : example(p.getValue(), depth + 1));
                }
                return object;
            }
        }
    }

    // ---- the unit's data, and HTTP -------------------------------------------------------------------------------

    private boolean seeding;

    private void seed() throws Exception {
        seeding = true;
        String base = "/api/v1/assets/" + UNIT;
        for (String[] put : new String[][] {
                {base + "/2025/statement", "{\"unitName\":\"测试单位\",\"asOfDate\":\"2025-05-14\",\"officeSpace\":\"204.11\","
                        + "\"vehicleQuota\":[{\"category\":\"LEADERSHIP\",\"allowed\":1}],\"otherFloorAreas\":[{\"name\":\"业务用房\",\"area\":\"10.00\"}]}"},
                {base + "/2025/procurement", "{\"items\":[{\"type\":\"GOODS\",\"description\":\"电脑\",\"amount\":\"3800.00\"}]}"},
                {base + "/2025/purchased-services", "{\"none\":true,\"entries\":[],\"note\":\"无\"}"},
                {base + "/vehicles/V-001", "{\"plateNumber\":\"晋D00001\",\"category\":\"LEADERSHIP\",\"originalValue\":\"185000.00\"}"},
                {base + "/equipment/E-001", "{\"name\":\"台式计算机\",\"originalValue\":\"5000.00\"}"}}) {
            HttpResponse<String> r = send("PUT", put[0], "application/json", put[1].getBytes(StandardCharsets.UTF_8), false, ADMIN);
            assertThat(r.statusCode()).as(put[0] + " " + r.body()).isIn(200, 201);
        }
        seeding = false;
    }

    /** Every row stored for the unit, in every table (audit log included: a refused write leaves no row), hashed. */
    private String stored() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                        + table + " t WHERE unit_code = '" + UNIT + "'")) {
                    rs.next();
                    all.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
                }
            }
        }
        return all.toString();
    }

    private static final List<String> TABLES = List.of("asset_statement", "vehicle_quota", "floor_area", "procurement_plan",
            "procurement_item", "purchased_services", "purchased_service_entry", "vehicle", "equipment", "asset_revision", "audit_log");

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, boolean chunked,
                                      String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path.substring(1))).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            request.header("Authorization", authorization.trim());
        }
        if (!method.equals("GET") && !seeding && !ADMIN_NO_PRECONDITION.equals(authorization)) {
            // The seeded resources exist: without a precondition every write would stop at 428 before its body is
            // looked at. "*" matches whatever exists, so each bad body meets the body's own checks.
            request.header("If-Match", "*");
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return http.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(20).forEach(c -> sb.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate((char) c)
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return sb.toString();
    }
}
