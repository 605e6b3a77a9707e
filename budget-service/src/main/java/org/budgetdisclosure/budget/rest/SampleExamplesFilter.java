package org.budgetdisclosure.budget.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Attaches the sample unit's real documents (samples/budget, packaged on the classpath) as the
 * examples of the {@code Budget} and {@code Unit} schemas, so the API docs show what the seed holds.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SampleExamplesFilter implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        example(schemas.get("Budget"), "samples/budget-402001-2025.json");
        example(schemas.get("Unit"), "samples/unit-402001.json");
    }

    private static void example(Schema schema, String resource) {
        if (schema == null) {
            return;
        }
        try (InputStream in = SampleExamplesFilter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                schema.setExample(JSON.readValue(in, Object.class));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI example " + resource, e);
        }
    }
}
