package org.budgetdisclosure.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document, for the keywords the gateway's bounds use: local
 * {@code $ref}, {@code anyOf}/{@code oneOf} (some branch fits), {@code allOf}, {@code type} (one or a list), {@code enum},
 * {@code maxLength}/{@code minLength} (in code points, as JSON Schema counts), {@code pattern}, {@code minimum}/
 * {@code maximum}, {@code maxItems}/{@code minItems}, {@code items}, {@code properties}, {@code additionalProperties},
 * {@code maxProperties}. Every violation is listed with the path of the value.
 */
public final class SchemaCheck {

    private final JsonNode document;

    public SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** The violations of a value against {@code #/components/schemas/{name}}. */
    public List<String> component(String name, JsonNode value) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            return List.of("no schema " + name);
        }
        return violations(schema, value, "$");
    }

    public List<String> violations(JsonNode schema, JsonNode value, String path) {
        List<String> out = new ArrayList<>();
        check(schema, value, path, out, 0);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out, int depth) {
        if (depth > 64 || schema == null || schema.isMissingNode() || schema.isBoolean()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                out.add(path + ": cannot follow " + ref);
                return;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            check(target, value, path, out, depth + 1);
        }
        for (String some : new String[]{"anyOf", "oneOf"}) {
            if (schema.has(some)) {
                List<List<String>> branches = new ArrayList<>();
                for (JsonNode branch : schema.get(some)) {
                    List<String> v = new ArrayList<>();
                    check(branch, value, path, v, depth + 1);
                    if (v.isEmpty()) {
                        branches.clear();
                        break;
                    }
                    branches.add(v);
                }
                if (!branches.isEmpty()) {
                    out.add(path + ": fits no branch of " + some + " " + branches);
                }
            }
        }
        for (JsonNode branch : schema.path("allOf")) {
            check(branch, value, path, out, depth + 1);
        }
        if (schema.has("type") && !typeFits(schema.get("type"), value)) {
            out.add(path + ": " + kind(value) + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value) || (e.isNumber() && value.isNumber() && e.decimalValue().compareTo(value.decimalValue()) == 0);
            }
            if (!listed) {
                out.add(path + ": " + clip(value) + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isTextual()) {
            String text = value.asText();
            int length = text.codePointCount(0, text.length());
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                out.add(path + ": " + length + " characters, more than maxLength " + schema.get("maxLength").asInt());
            }
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                out.add(path + ": " + length + " characters, fewer than minLength " + schema.get("minLength").asInt());
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                out.add(path + ": " + clip(value) + " does not match " + schema.get("pattern").asText());
            }
        }
        if (value.isNumber()) {
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                out.add(path + ": " + value + " is above maximum " + schema.get("maximum"));
            }
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                out.add(path + ": " + value + " is below minimum " + schema.get("minimum"));
            }
        }
        if (value.isArray()) {
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                out.add(path + ": " + value.size() + " items, more than maxItems " + schema.get("maxItems").asInt());
            }
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                out.add(path + ": " + value.size() + " items, fewer than minItems " + schema.get("minItems").asInt());
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", out, depth + 1);
                }
            }
        }
        if (value.isObject()) {
            if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
                out.add(path + ": " + value.size() + " properties, more than maxProperties " + schema.get("maxProperties").asInt());
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), out, depth + 1);
                } else if (schema.has("additionalProperties")) {
                    check(schema.get("additionalProperties"), field.getValue(), path + "." + field.getKey(), out, depth + 1);
                }
            }
        }
    }

    private static boolean typeFits(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeFits(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }

    private static String clip(JsonNode value) {
        String text = value.toString();
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
