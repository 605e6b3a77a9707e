package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway itself guarantees on every operation of the merged OpenAPI document, added to it: the public
 * server URL; the bearer scheme (RS256 JWT, verified per RFC 8725); on every write the bearer requirement with its
 * 401 and 403 (the gateway refuses writes without a writing role's token); 400 on every operation (a non-canonical
 * path or a bad {@code limit} is refused before routing); 413 where a body is taken; 429 with Retry-After and the
 * RateLimit headers on every operation, and the RateLimit headers on every 2xx and 4xx answer; {@code limit}
 * parameters bounded 1…200; the CORS header (any origin, no credentials) on every answer. Pure: works on the JSON tree.
 */
public final class PublicFaceOpenApi {

    public static final String SCHEME = "bearer";
    static final String RFC8725 = "A JWT bearer token (docs/identity.md), verified as RFC8725 (JSON Web Token Best Current Practices) "
            + "advises: the algorithm is fixed to RS256 (alg none and HMAC are refused), the signature is checked against the configured "
            + "public key, and iss, aud, exp and nbf are required and checked. Tokens are short-lived (minutes to hours).";
    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String[] RATE_HEADERS = {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"};

    private PublicFaceOpenApi() {
    }

    public static void apply(ObjectNode doc, String serverUrl, int maxPageSize) {
        ArrayNode servers = doc.putArray("servers");
        servers.addObject().put("url", serverUrl).put("description", "production: the platform's public entry point (the gateway)")
                .put("x-internal", false);
        ObjectNode components = doc.with("components");
        ObjectNode schemes = components.with("securitySchemes");
        schemes.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && "bearer".equalsIgnoreCase(e.getValue().path("scheme").asText())) {
                ((ObjectNode) e.getValue()).put("bearerFormat", "JWT").put("description", RFC8725);
            }
        });
        schemes.putObject(SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT").put("description", RFC8725);
        ObjectNode headers = components.with("headers");
        headers.putObject("RateLimit-Limit").put("description", "Requests allowed in a burst for this client (token sub, else address)")
                .putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 0).put("maximum", 1_000_000);
        headers.putObject("RateLimit-Remaining").put("description", "Requests left in the burst")
                .putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 0).put("maximum", 1_000_000);
        headers.putObject("RateLimit-Reset").put("description", "Seconds until the burst is full again")
                .putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 0).put("maximum", 86_400);
        headers.putObject("Access-Control-Allow-Origin").put("description", "CORS: any origin may read the answer (sent when the request "
                        + "carries Origin; tokens travel in Authorization, never in cookies, so no credentials are allowed)")
                .putObject("schema").put("type", "string").put("maxLength", 1).put("enum", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add("*"));
        headers.putObject("Retry-After").put("description", "Seconds to wait before retrying")
                .putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 1).put("maximum", 86_400);
        ObjectNode responses = components.with("responses");
        responses.set("GatewayTooManyRequests", problem("Too many requests from this client: retry after Retry-After seconds", true));
        responses.set("GatewayBadRequest", problem("Refused by the gateway before routing: a path that is not canonical, or limit not 1–" + maxPageSize, false));
        responses.set("GatewayPayloadTooLarge", problem("The body is larger than the gateway accepts (2 MiB by default)", false));
        responses.set("GatewayUnauthorized", problem("No valid bearer token (WWW-Authenticate: Bearer)", false));
        responses.set("GatewayForbidden", problem("The token's role may not do this", false));
        responses.fields().forEachRemaining(e -> rateHeaders(null, e.getValue())); // whatever status refers to them

        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey()) || !op.getValue().isObject()) {
                    continue;
                }
                ObjectNode operation = (ObjectNode) op.getValue();
                ObjectNode answers = operation.with("responses");
                boolean write = WRITES.contains(op.getKey());
                if (write) {
                    if (!operation.has("security") || operation.path("security").isEmpty()) {
                        operation.putArray("security").addObject().putArray(SCHEME);
                    }
                }
                if (operation.has("security") && !operation.path("security").isEmpty()) {
                    ref(answers, "401", "GatewayUnauthorized");
                    ref(answers, "403", "GatewayForbidden");
                }
                ref(answers, "400", "GatewayBadRequest");
                ref(answers, "429", "GatewayTooManyRequests");
                if (operation.has("requestBody")) {
                    ref(answers, "413", "GatewayPayloadTooLarge");
                }
                answers.fields().forEachRemaining(e -> rateHeaders(e.getKey(), e.getValue()));
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("limit".equals(parameter.path("name").asText()) && "query".equals(parameter.path("in").asText())
                            && parameter.path("schema").isObject()) {
                        ((ObjectNode) parameter.path("schema")).put("minimum", 1).put("maximum", maxPageSize);
                    }
                }
            }
        }
    }

    private static ObjectNode problem(String description, boolean retryAfter) {
        ObjectNode response = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("description", description);
        if (retryAfter) {
            response.with("headers").putObject("Retry-After").put("$ref", "#/components/headers/Retry-After");
        }
        response.with("content").with("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/GatewayProblem");
        return response;
    }

    private static void ref(ObjectNode answers, String status, String component) {
        if (!answers.has(status)) {
            answers.putObject(status).put("$ref", "#/components/responses/" + component);
        }
    }

    /** RateLimit headers on an inline 2xx or 4xx response (a $ref'd one gets them in components). */
    private static void rateHeaders(String status, JsonNode response) {
        if (!response.isObject() || response.has("$ref")) {
            return;
        }
        ObjectNode headers = ((ObjectNode) response).with("headers");
        if (!headers.has("Access-Control-Allow-Origin")) {
            headers.putObject("Access-Control-Allow-Origin").put("$ref", "#/components/headers/Access-Control-Allow-Origin");
        }
        if (status != null && !(status.startsWith("2") || status.startsWith("4"))) {
            return;
        }
        for (String name : RATE_HEADERS) {
            if (!headers.has(name)) {
                headers.putObject(name).put("$ref", "#/components/headers/" + name);
            }
        }
    }
}
