package org.budgetdisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.gateway.OpenApiMerger;
import org.budgetdisclosure.gateway.client.AssetClient;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.client.PerformanceClient;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.service.Assembly;
import org.budgetdisclosure.gateway.service.DisclosureAssembler;
import org.budgetdisclosure.gateway.service.Fetched;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * /q/openapi of the gateway: its own document (SmallRye's, served at /q/openapi-gateway) merged with
 * the three services' documents, fetched live within the deadline. A service that cannot be reached
 * is listed under x-unavailable-services and its paths are absent.
 */
@Path("/q/openapi")
public class OpenApiResource {

    @Inject
    OpenApiDocumentService documents;

    @Inject
    DisclosureAssembler assembler;

    @Inject
    BudgetClient budget;

    @Inject
    PerformanceClient performance;

    @Inject
    AssetClient asset;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    PublicUrls urls;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/yaml", "*/*"})
    @Operation(hidden = true)
    public CompletionStage<Response> merged(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        String server = config.openapiServerUrl().or(config::publicBaseUrl).orElseGet(() -> urls.base(uri));
        long deadline = System.nanoTime() + config.deadline().toNanos();
        var b = assembler.fetch(budget, "/q/openapi?format=json", null, deadline, JsonNode.class); // merged as JSON, opaquely
        var p = assembler.fetch(performance, "/q/openapi?format=json", null, deadline, JsonNode.class); // merged as JSON, opaquely
        var a = assembler.fetch(asset, "/q/openapi?format=json", null, deadline, JsonNode.class); // merged as JSON, opaquely
        return CompletableFuture.allOf(b, p, a).thenApply(v -> {
            ObjectNode merged = own();
            List<String> unavailable = new java.util.ArrayList<>();
            add(merged, b.join(), "Budget", unavailable);
            add(merged, p.join(), "Performance", unavailable);
            add(merged, a.join(), "Asset", unavailable);
            OpenApiMerger.sortPaths(merged);
            OpenApiMerger.normalize(merged);
            OpenApiMerger.allowNullsShownInExamples(merged);
            org.budgetdisclosure.gateway.PublicFaceOpenApi.apply(merged, server, config.limits().maxPageSize());
            if (!unavailable.isEmpty()) {
                var list = merged.putArray("x-unavailable-services");
                unavailable.forEach(list::add);
            }
            try {
                byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged);
                return Response.ok(bytes, MediaType.APPLICATION_JSON).header("ETag", Assembly.etag(bytes))
                        .header("Cache-Control", "no-cache").build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private ObjectNode own() {
        try {
            ObjectNode doc = (ObjectNode) mapper.readTree(documents.getDocument("<default>", Format.JSON));
            ObjectNode info = doc.with("info");
            info.put("title", "Budget disclosure platform (单位预算公开)");
            info.put("description", "One entry point to the platform: the gateway's assembled disclosures, and through its proxy "
                    + "the operations of budget-service (units, budgets, tables, figures, catalogues), performance-service "
                    + "(performance goal forms) and asset-service (assets, procurement, purchased services).");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(ObjectNode merged, Fetched<JsonNode> f, String prefix, List<String> unavailable) {
        if (f.ok()) {
            OpenApiMerger.merge(merged, f.body(), prefix);
        } else {
            unavailable.add(f.service());
        }
    }
}
