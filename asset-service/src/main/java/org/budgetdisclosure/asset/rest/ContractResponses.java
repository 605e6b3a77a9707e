package org.budgetdisclosure.asset.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * The responses every operation can give because of the platform contract rather than its own rules, added to the
 * OpenAPI document in one place (mp.openapi.filter) instead of on each method: 400 for an unknown query parameter
 * (rest/RequestShapeFilter), 415 for a body-taking operation called without JSON, 503 when the database is
 * unreachable (with Retry-After). An operation that documents one of them itself keeps its own.
 */
public class ContractResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                add(operation, "400", "Malformed request: an unknown query parameter, or a value that cannot be read");
                if (operation.getRequestBody() != null) {
                    add(operation, "415", "The body is not sent as application/json (or has no Content-Type)");
                }
                add(operation, "503", "The database is unreachable; retry after the Retry-After seconds (nothing was changed)");
            }
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        if (status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                            .format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(3600))));
        }
        operation.getResponses().addAPIResponse(status, response);
    }
}
