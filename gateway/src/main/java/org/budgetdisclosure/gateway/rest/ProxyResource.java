package org.budgetdisclosure.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.client.AssetClient;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.client.PerformanceClient;
import org.budgetdisclosure.gateway.client.ServiceClient;
import org.budgetdisclosure.gateway.client.UpstreamHttp;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * One base URL: forwards /api/v1/budgets/**, units, classifications, economic-mappings, funding-sources
 * to budget-service, /api/v1/performance/** to performance-service and /api/v1/assets/** to
 * asset-service — method, path, query, headers (If-Match, If-None-Match, X-Request-Id …) and body —
 * and returns status, headers and body as the service gave them, except that Location, Content-Location and Link
 * name the gateway ({@link PublicUrls}) instead of the service. A service that is down, slow or
 * behind an open breaker gives 503 problem+json within the timeout. Hidden from the merged OpenAPI
 * document, which shows the services' own operations instead.
 */
@Path("/api/v1/{root: budgets|units|classifications|economic-mappings|funding-sources|performance|assets}{rest: (/.*)?}")
public class ProxyResource {

    // Writes: the gateway refuses one without a valid token of a writing role before it reaches a service; each
    // service verifies the token again and decides the precise role and unit scope (docs/identity.md).

    @Inject
    BudgetClient budget;

    @Inject
    PerformanceClient performance;

    @Inject
    AssetClient asset;

    @Inject
    PublicUrls urls;

    @GET
    @Produces("*/*")
    @Operation(hidden = true)
    public CompletionStage<Response> get(@PathParam("root") String root, @Context ContainerRequestContext request) {
        return forward(root, request, null);
    }

    @HEAD
    @Produces("*/*")
    @Operation(hidden = true)
    public CompletionStage<Response> head(@PathParam("root") String root, @Context ContainerRequestContext request) {
        return forward(root, request, null);
    }

    @DELETE
    @RolesAllowed({"editor", "publisher", "admin"})
    @Produces("*/*")
    @Operation(hidden = true)
    public CompletionStage<Response> delete(@PathParam("root") String root, @Context ContainerRequestContext request) {
        return forward(root, request, null);
    }

    @PUT
    @RolesAllowed({"editor", "publisher", "admin"})
    @Consumes("*/*")
    @Produces("*/*")
    @Operation(hidden = true)
    public CompletionStage<Response> put(@PathParam("root") String root, @Context ContainerRequestContext request, byte[] body) {
        return forward(root, request, body);
    }

    @POST
    @RolesAllowed({"editor", "publisher", "admin"})
    @Consumes("*/*")
    @Produces("*/*")
    @Operation(hidden = true)
    public CompletionStage<Response> post(@PathParam("root") String root, @Context ContainerRequestContext request, byte[] body) {
        return forward(root, request, body);
    }

    @PATCH
    @RolesAllowed({"editor", "publisher", "admin"})
    @Consumes("*/*")
    @Produces("*/*")
    @Operation(hidden = true)
    public CompletionStage<Response> patch(@PathParam("root") String root, @Context ContainerRequestContext request, byte[] body) {
        return forward(root, request, body);
    }

    private ServiceClient service(String root) {
        return switch (root) {
            case "performance" -> performance;
            case "assets" -> asset;
            default -> budget;
        };
    }

    private CompletionStage<Response> forward(String root, ContainerRequestContext request, byte[] body) {
        ServiceClient client = service(root);
        String requestId = RequestIds.of(request);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> {
            if (!UpstreamHttp.RESTRICTED.contains(name.toLowerCase()) && !name.equalsIgnoreCase(RequestIds.HEADER)) {
                headers.put(name, new ArrayList<>(values));
            }
        });
        headers.put(RequestIds.HEADER, List.of(requestId));
        headers.put("X-Forwarded-Host", List.of(String.valueOf(request.getUriInfo().getRequestUri().getAuthority())));
        headers.put("X-Forwarded-Proto", List.of(String.valueOf(request.getUriInfo().getRequestUri().getScheme())));
        String target = path + (query == null ? "" : "?" + query);
        return client.exchange(request.getMethod(), target, headers, body).handle((up, failure) -> {
            if (failure != null) {
                String reason = org.budgetdisclosure.gateway.service.DisclosureAssembler.describe(client.name(), failure);
                return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, reason, path, requestId, null,
                        List.of(new Disclosure.MissingPart(root, client.name(), reason)));
            }
            Response.ResponseBuilder out = Response.status(up.status());
            String gateway = urls.base(request.getUriInfo());
            List<String> services = List.of(budget.url(), performance.url(), asset.url());
            up.headers().forEach((name, values) -> {
                String lower = name.toLowerCase();
                if (!UpstreamHttp.RESTRICTED.contains(lower) && !lower.equals(":status")) {
                    boolean link = lower.equals("location") || lower.equals("content-location") || lower.equals("link");
                    values.forEach(v -> out.header(name, link ? PublicUrls.rewrite(v, services, gateway, !lower.equals("link")) : v));
                }
            });
            if (up.body().length > 0 && !"HEAD".equals(request.getMethod())) {
                out.entity(up.body());
            }
            return out.build();
        });
    }
}
