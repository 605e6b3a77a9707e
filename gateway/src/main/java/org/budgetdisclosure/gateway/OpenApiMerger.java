package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into the gateway's own: paths, tags and components united;
 * a component name two services use for different things is renamed with the service's prefix
 * (Problem → BudgetProblem) and every $ref of that service rewritten; duplicate operationIds get the
 * same prefix. Pure: works on JSON trees.
 */
public final class OpenApiMerger {

    private static final String[] COMPONENT_KINDS = {"schemas", "responses", "parameters", "examples", "requestBodies",
            "headers", "securitySchemes", "links", "callbacks"};

    private OpenApiMerger() {
    }

    /** Merges {@code service} (a deep copy is changed) into {@code merged}, naming clashes with {@code prefix}. */
    public static void merge(ObjectNode merged, JsonNode serviceDoc, String prefix) {
        ObjectNode service = serviceDoc.deepCopy();
        ObjectNode components = merged.with("components");
        Map<String, String> renames = new HashMap<>();
        for (String kind : COMPONENT_KINDS) {
            JsonNode theirs = service.path("components").path(kind);
            ObjectNode ours = components.with(kind);
            for (Iterator<String> names = theirs.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (ours.has(name) && !ours.get(name).equals(theirs.get(name))) {
                    String renamed = prefix + name;
                    int n = 2;
                    while (ours.has(renamed)) {
                        renamed = prefix + name + n++;
                    }
                    renames.put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + renamed);
                }
            }
        }
        rewriteRefs(service, renames);
        for (String kind : COMPONENT_KINDS) {
            JsonNode theirs = service.path("components").path(kind);
            ObjectNode ours = components.with(kind);
            theirs.fields().forEachRemaining(e -> {
                String ref = renames.get("#/components/" + kind + "/" + e.getKey());
                String name = ref == null ? e.getKey() : ref.substring(ref.lastIndexOf('/') + 1);
                if (!ours.has(name)) {
                    ours.set(name, e.getValue());
                }
            });
        }
        Set<String> operationIds = operationIds(merged);
        ObjectNode paths = merged.with("paths");
        service.path("paths").fields().forEachRemaining(e -> {
            if (paths.has(e.getKey())) {
                return;
            }
            JsonNode item = e.getValue();
            item.fields().forEachRemaining(op -> {
                if (op.getValue().isObject() && op.getValue().has("operationId")) {
                    String id = op.getValue().get("operationId").asText();
                    if (operationIds.contains(id)) {
                        id = Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                        ((ObjectNode) op.getValue()).put("operationId", id);
                    }
                    operationIds.add(id);
                }
            });
            paths.set(e.getKey(), item);
        });
        ArrayNode tags = merged.withArray("tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(t -> tagNames.add(t.path("name").asText()));
        for (JsonNode tag : service.path("tags")) {
            if (tagNames.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }
        for (String kind : COMPONENT_KINDS) {
            if (components.path(kind).isEmpty()) {
                components.remove(kind);
            }
        }
    }

    /**
     * Repairs what OpenAPI 3.1 validators reject in the services' generated documents: {@code nullable: true}
     * (a 3.0 keyword) becomes a type union with "null"; a header without schema gets a string schema.
     */
    public static void normalize(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("nullable").asBoolean(false)) {
                JsonNode type = object.get("type");
                if (type != null && type.isTextual()) {
                    ArrayNode union = object.putArray("type");
                    union.add(type.asText());
                    union.add("null");
                } else if (type == null && object.has("$ref")) {
                    ObjectNode copy = object.deepCopy();
                    copy.remove("nullable");
                    object.removeAll();
                    ArrayNode any = object.putArray("anyOf");
                    any.add(copy);
                    any.addObject().put("type", "null");
                }
                object.remove("nullable");
            }
            JsonNode headers = object.get("headers");
            if (headers != null && headers.isObject()) {
                headers.forEach(h -> {
                    if (h.isObject() && !h.has("schema") && !h.has("content") && !h.has("$ref")) {
                        ((ObjectNode) h).putObject("schema").put("type", "string");
                    }
                });
            }
            object.forEach(OpenApiMerger::normalize);
        } else if (node.isArray()) {
            node.forEach(OpenApiMerger::normalize);
        }
    }

    /**
     * Where a service's own example (real sample data) holds null for a property whose schema does not
     * allow null, the schema is widened to allow it: the example proves the field is nullable.
     */
    public static void allowNullsShownInExamples(ObjectNode doc) {
        doc.path("paths").forEach(item -> item.forEach(op -> {
            op.path("responses").forEach(response -> response.path("content").forEach(media -> {
                JsonNode schema = media.path("schema");
                media.path("examples").forEach(example -> widen(doc, schema, example.path("value"), 0));
                if (media.has("example")) {
                    widen(doc, schema, media.get("example"), 0);
                }
            }));
        }));
    }

    private static JsonNode resolve(ObjectNode doc, JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 10) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/components/schemas/")) {
                return schema;
            }
            schema = doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static void widen(ObjectNode doc, JsonNode schemaOrRef, JsonNode value, int depth) {
        if (depth > 20 || schemaOrRef == null || schemaOrRef.isMissingNode()) {
            return;
        }
        JsonNode schema = resolve(doc, schemaOrRef);
        if (value.isObject() && schema.path("properties").isObject()) {
            ObjectNode properties = (ObjectNode) schema.get("properties");
            value.fields().forEachRemaining(e -> {
                JsonNode property = properties.get(e.getKey());
                if (property == null) {
                    return;
                }
                if (e.getValue().isNull()) {
                    properties.set(e.getKey(), nullable(property));
                } else {
                    widen(doc, property, e.getValue(), depth + 1);
                }
            });
        } else if (value.isArray() && schema.has("items")) {
            value.forEach(v -> {
                if (!v.isNull()) {
                    widen(doc, schema.get("items"), v, depth + 1);
                }
            });
        }
    }

    private static JsonNode nullable(JsonNode property) {
        if (!property.isObject()) {
            return property;
        }
        ObjectNode p = (ObjectNode) property;
        JsonNode type = p.get("type");
        if (type != null && type.isTextual()) {
            ArrayNode union = p.putArray("type");
            union.add(type.asText());
            union.add("null");
            return p;
        }
        if (type != null && type.isArray()) {
            boolean has = false;
            for (JsonNode t : type) has |= "null".equals(t.asText());
            if (!has) ((ArrayNode) type).add("null");
            return p;
        }
        if (p.has("$ref")) {
            ObjectNode wrapper = p.objectNode();
            ArrayNode any = wrapper.putArray("anyOf");
            any.add(p.deepCopy());
            any.addObject().put("type", "null");
            return wrapper;
        }
        return p;
    }

    /** Sorts paths so the document reads by resource. */
    public static void sortPaths(ObjectNode merged) {
        Map<String, JsonNode> sorted = new java.util.TreeMap<>();
        merged.with("paths").fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        ObjectNode paths = merged.putObject("paths");
        sorted.forEach(paths::set);
    }

    private static Set<String> operationIds(JsonNode doc) {
        Set<String> ids = new HashSet<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        return ids;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Map<String, JsonNode> replace = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref") && e.getValue().isTextual() && renames.containsKey(e.getValue().asText())) {
                    replace.put("$ref", TextNode.valueOf(renames.get(e.getValue().asText())));
                } else {
                    rewriteRefs(e.getValue(), renames);
                }
            });
            replace.forEach(object::set);
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renames));
        }
    }
}
