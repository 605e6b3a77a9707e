package org.budgetdisclosure.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.budgetdisclosure.gateway.Bounds;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Declares in the gateway's own OpenAPI document what every disclosure operation checks the same way
 * ({@link Params}): the path's unit code, year and revision, the {@code revision} query parameter, and the bounds of the
 * request headers it reads. Also the one schema annotations cannot say: a finding's location, which is an object
 * (budget-, performance-service, the gateway) or a string (asset-service).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GatewayOpenApiFilter implements OASFilter {

    static final String ROOT = "/api/v1/disclosures";

    /** Schemas by "in:name". */
    private static final Map<String, Supplier<Schema>> PARAMETERS = Map.of(
            "path:unitCode", () -> string(Bounds.UNIT_CODE).pattern(Bounds.UNIT_CODE_PATTERN),
            "path:year", () -> integer(Bounds.YEAR_MIN, Bounds.YEAR_MAX),
            "path:revision", () -> integer(1, 999_999_999),
            "query:revision", () -> string(Params.REVISION_QUERY).pattern(Params.REVISION_QUERY_PATTERN),
            "header:If-None-Match", () -> string(Bounds.HEADERS),
            "header:Cache-Control", () -> string(Bounds.HEADERS));

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "path:unitCode", "Unit code: 1–32 letters, digits, '-' or '_', as budget-service defines it (others: 400)",
            "path:year", "Fiscal year, 2000–2100 as budget-service keeps them (others: 400)",
            "path:revision", "Revision number, 1–999999999 without leading zeros (others: 400; one no part has: 404)",
            "header:If-None-Match", "Entity tags of representations the caller has (at most the 20K the request headers may have together)",
            "header:Cache-Control", "no-cache asks for a fresh assembly (at most the 20K the request headers may have together)");

    /** The longest item of a list of strings (annotations cannot reach a type argument), by "Schema.property". */
    private static final Map<String, Integer> ITEM_LENGTHS = Map.of(
            "Overview.duties", Bounds.DUTY,
            "Section.paragraphs", Bounds.PARAGRAPH,
            "Subsection.paragraphs", Bounds.PARAGRAPH);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (path.startsWith(ROOT) && item.getOperations() != null) {
                    item.getOperations().values().forEach(GatewayOpenApiFilter::bound);
                }
            });
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            ITEM_LENGTHS.forEach((where, maxLength) -> {
                String[] names = where.split("\\.");
                Schema owner = schemas.get(names[0]);
                Schema list = owner == null || owner.getProperties() == null ? null : owner.getProperties().get(names[1]);
                if (list != null && list.getItems() != null) {
                    list.getItems().setMaxLength(maxLength);
                }
            });
            schemas.values().forEach(GatewayOpenApiFilter::allowNullWhereNullable);
            Schema finding = openAPI.getComponents().getSchemas().get("Finding");
            if (finding != null && finding.getProperties() != null && finding.getProperties().containsKey("location")) {
                Schema location = finding.getProperties().get("location");
                finding.addProperty("location", OASFactory.createSchema()
                        .description(location.getDescription())
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).maxProperties(Bounds.LOCATION_PROPERTIES)
                                .description("budget-service's Location (table, row, column, field), performance-service's "
                                        + "(form, field, indicatorPath), or the gateway's (service, where)"))
                        .addAnyOf(string(Bounds.LOCATION_TEXT).description("asset-service's, e.g. vehicles.V-001.acquisitionDate"))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            }
        }
    }

    /**
     * A property that may be null says so everywhere JSON Schema looks: a nullable enumeration lists null, and a nullable
     * reference ({@code anyOf: [$ref, {type: null}]}) is not also typed {@code object} alone.
     */
    private static void allowNullWhereNullable(Schema schema) {
        if (schema == null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types != null && types.contains(Schema.SchemaType.NULL) && schema.getEnumeration() != null
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new java.util.ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL) && schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(a -> a.getType() != null && a.getType().equals(List.of(Schema.SchemaType.NULL)))) {
            schema.addType(Schema.SchemaType.NULL);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(GatewayOpenApiFilter::allowNullWhereNullable);
        }
        if (schema.getItems() != null) {
            allowNullWhereNullable(schema.getItems());
        }
    }

    private static void bound(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String key = parameter.getIn() + ":" + parameter.getName();
            Supplier<Schema> schema = PARAMETERS.get(key);
            if (schema != null) {
                Schema bounded = schema.get();
                parameter.setSchema(bounded);
                if (bounded.getType().contains(Schema.SchemaType.INTEGER) && parameter.getExample() instanceof String example) {
                    parameter.setExample(Integer.valueOf(example)); // the Java parameter is a String, checked by Params
                }
                String description = DESCRIPTIONS.get(key);
                if (description != null) {
                    parameter.setDescription(description);
                }
            }
        }
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static Schema integer(long minimum, long maximum) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
