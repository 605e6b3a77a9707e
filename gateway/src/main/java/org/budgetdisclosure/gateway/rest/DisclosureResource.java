package org.budgetdisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.render.CsvRenderer;
import org.budgetdisclosure.gateway.render.HtmlRenderer;
import org.budgetdisclosure.gateway.render.XlsxRenderer;
import org.budgetdisclosure.gateway.service.Assembly;
import org.budgetdisclosure.gateway.service.DisclosureCache;
import org.budgetdisclosure.gateway.service.ValidationService;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.headers.Header;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** The assembled disclosure: JSON, printable HTML, XLSX, CSV per table; the list; the validation across services. */
@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "The whole disclosure document assembled from budget-, performance- and asset-service")
public class DisclosureResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);
    /** The printable page needs its inline style and nothing else: no script, no frame, no form, no outside load. */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    @Inject
    DisclosureCache cache;

    @Inject
    ValidationService validation;

    @Inject
    BudgetClient budget;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    private final Executor renderPool = ForkJoinPool.commonPool();

    @Schema(description = "A disclosure that exists")
    public record DisclosureSummary(@Schema(example = "402001") String unitCode, @Schema(example = "长治市上党区中小企业服务中心") String unitName,
                                    @Schema(example = "140404") String regionCode, @Schema(example = "2025") int fiscalYear,
                                    @Schema(example = "PUBLISHED") String status, @Schema(example = "已公开") String statusName,
                                    @Schema(example = "/api/v1/disclosures/402001/2025") String href) {
    }

    @Schema(description = "A page of disclosures")
    public record DisclosurePage(List<DisclosureSummary> items, @Schema(nullable = true) String next) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the disclosures that exist (unit, name, year, status)",
            description = "Filter by year, region code and a part of the unit's name. Cursor pages as budget-service's list "
                    + "(limit 1–200, default 50); the name filter applies within each page.")
    @APIResponse(responseCode = "200", description = "A page of disclosures", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DisclosurePage.class), examples = @ExampleObject(name = "sample", value = Examples.LIST)))
    @APIResponse(responseCode = "422", description = "A parameter is out of range", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "503", description = "budget-service is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> list(@Parameter(description = "Fiscal year", example = "2025") @QueryParam("year") Integer year,
                                          @Parameter(description = "Region code", example = "140404") @QueryParam("region") String region,
                                          @Parameter(description = "Part of the unit's name", example = "中小企业") @QueryParam("name") String name,
                                          @Parameter(description = "Page size, 1–200", example = "50") @QueryParam("limit") Integer limit,
                                          @Parameter(description = "Cursor from the previous page") @QueryParam("after") String after,
                                          @Context ContainerRequestContext request) {
        StringBuilder query = new StringBuilder("/api/v1/budgets?");
        if (year != null) query.append("year=").append(year).append('&');
        if (region != null) query.append("region=").append(enc(region)).append('&');
        if (limit != null) query.append("limit=").append(limit).append('&');
        if (after != null) query.append("after=").append(enc(after)).append('&');
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        return budget.get(query.substring(0, query.length() - 1)).toCompletableFuture().handle((up, failure) -> {
            if (failure != null) {
                return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, "budget-service is unavailable", instance, requestId,
                        null, List.of(new Disclosure.MissingPart("list", "budget-service", "budget-service is unavailable")));
            }
            if (!up.ok()) {
                return Response.status(up.status()).type(Problem.MEDIA_TYPE).entity(up.body()).build();
            }
            JsonNode page = up.json(mapper);
            List<DisclosureSummary> items = new java.util.ArrayList<>();
            for (JsonNode item : page.path("items")) {
                String unitName = item.path("unitName").asText("");
                if (name != null && !name.isBlank() && !unitName.contains(name.strip())) {
                    continue;
                }
                String status = item.path("status").asText(null);
                items.add(new DisclosureSummary(item.path("unitCode").asText(), unitName, item.path("regionCode").asText(null),
                        item.path("fiscalYear").asInt(), status, Disclosure.statusName(status),
                        "/api/v1/disclosures/" + item.path("unitCode").asText() + "/" + item.path("fiscalYear").asInt()));
            }
            String next = page.path("next").isTextual() ? page.path("next").asText() : null;
            Response.ResponseBuilder ok = Response.ok(new DisclosurePage(items, next), MediaType.APPLICATION_JSON);
            if (next != null) {
                StringBuilder link = new StringBuilder("/api/v1/disclosures?after=").append(enc(next));
                if (year != null) link.append("&year=").append(year);
                if (region != null) link.append("&region=").append(enc(region));
                if (name != null) link.append("&name=").append(enc(name));
                if (limit != null) link.append("&limit=").append(limit);
                ok.header("Link", "<" + link + ">; rel=\"next\"");
            }
            return ok.build();
        });
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, XLSX, Problem.MEDIA_TYPE})
    @Operation(summary = "The assembled disclosure of a unit's year",
            description = "概况, tables 1–13, 情况说明 一–十二 (written from the data, performance forms in 十), 名词解释. "
                    + "JSON by default; format=html (or Accept: text/html) gives a printable page, format=xlsx a workbook with one "
                    + "sheet per table and per form. Strong ETag per representation; If-None-Match → 304. A service that fails "
                    + "makes it 503 within 2 s, or with partial=true the document with those parts marked missing.")
    @APIResponse(responseCode = "200", description = "The document", headers = {
            @Header(name = "ETag", description = "Strong validator of this representation", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "public, max-age=300 when published; no-cache for drafts; no-store when partial", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Header(name = "Server-Timing", description = "How long the assembly of this document took: fetch (the services), build, serialize (ms)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "xlsx only: attachment; filename=\"402001-2025-disclosure.xlsx\"", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Header(name = "Content-Security-Policy", description = "html only: " + HTML_POLICY,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))},
            content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = Disclosure.class),
                            examples = @ExampleObject(name = "sample", value = Examples.DISCLOSURE)),
                    @Content(mediaType = "text/html", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
                            description = "Workbook: 概况, 表1 预算收支总表 … 表13, 情况说明, 绩效目标1 … (one sheet per form), 名词解释"))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    @APIResponse(responseCode = "400", description = "The year is not an integer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No budget of that unit and year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "406", description = "format is not json, html or xlsx (nor does Accept name one of them)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "format", value = Examples.PROBLEM_406)))
    @APIResponse(responseCode = "503", description = "A service failed; names the missing parts", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> get(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                         @Parameter(description = "json (default), html or xlsx; or ask by Accept (application/json, text/html, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)", example = "json") @QueryParam("format") String format,
                                         @Parameter(description = "Answer with the parts that could be fetched, marking the others missing", example = "false")
                                         @QueryParam("partial") boolean partial,
                                         @HeaderParam("If-None-Match") String ifNoneMatch,
                                         @HeaderParam("Cache-Control") String cacheControl,
                                         @Context HttpHeaders headers,
                                         @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Integer year = year(yearText);
        if (year == null) {
            return CompletableFuture.completedFuture(Problems.of(Problem.Kind.MALFORMED_REQUEST, "year must be an integer, not " + yearText,
                    instance, requestId, List.of(new Problem.FieldError("year", "must be an integer")), null));
        }
        String kind = representation(format, headers);
        if (kind == null) {
            return CompletableFuture.completedFuture(Problems.of(Problem.Kind.NOT_ACCEPTABLE,
                    "format must be json, html or xlsx", instance, requestId));
        }
        boolean refresh = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        return cache.get(unitCode, year, refresh).thenCompose(result -> {
            if (result.assembly() == null) {
                return CompletableFuture.completedFuture(Problems.of(Problem.Kind.NOT_FOUND, result.outcome().notFoundDetail(), instance, requestId));
            }
            Assembly assembly = result.assembly();
            Disclosure doc = assembly.document();
            if (!doc.complete() && !partial) {
                String parts = String.join(", ", doc.missingParts().stream().map(m -> m.part() + " (" + m.reason() + ")").toList());
                return CompletableFuture.completedFuture(Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE,
                        "The disclosure cannot be assembled; missing: " + parts + ". Ask with partial=true for the rest.",
                        instance, requestId, null, doc.missingParts()));
            }
            return switch (kind) {
                case "html" -> CompletableFuture.supplyAsync(() -> assembly.rendering("html", () -> HtmlRenderer.render(doc)), renderPool)
                        .thenApply(r -> answer(r, "text/html;charset=UTF-8", assembly, ifNoneMatch, null));
                case "xlsx" -> CompletableFuture.supplyAsync(() -> assembly.rendering("xlsx", () -> XlsxRenderer.render(doc)), renderPool)
                        .thenApply(r -> answer(r, XLSX, assembly, ifNoneMatch,
                                attachment(doc.unitCode() + "-" + doc.fiscalYear() + "-disclosure.xlsx")));
                default -> CompletableFuture.completedFuture(answer(assembly.json(), MediaType.APPLICATION_JSON, assembly, ifNoneMatch, null));
            };
        });
    }

    @GET
    @Path("/{unitCode}/{year}/tables/{number}")
    @Produces({"text/csv", Problem.MEDIA_TYPE})
    @Operation(summary = "One table of the disclosure as CSV", description = "Header rows from the grid's columns, then its rows as printed (万元).")
    @APIResponse(responseCode = "200", description = "The table as CSV (UTF-8 with BOM)", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "table 11", value = Examples.CSV)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget or table", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "503", description = "budget-service failed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> table(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                           @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                           @Parameter(description = "Table number 1–13", example = "11") @PathParam("number") int number,
                                           @HeaderParam("If-None-Match") String ifNoneMatch,
                                           @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Integer year = year(yearText);
        if (year == null) {
            return CompletableFuture.completedFuture(Problems.of(Problem.Kind.MALFORMED_REQUEST, "year must be an integer",
                    instance, requestId, List.of(new Problem.FieldError("year", "must be an integer")), null));
        }
        return cache.get(unitCode, year, false).thenApply(result -> {
            if (result.assembly() == null) {
                return Problems.of(Problem.Kind.NOT_FOUND, result.outcome().notFoundDetail(), instance, requestId);
            }
            Disclosure doc = result.assembly().document();
            if (doc.tables() == null) {
                return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, "The tables cannot be fetched", instance, requestId, null, doc.missingParts());
            }
            JsonNode grid = doc.tables().stream().filter(t -> t.path("number").asInt() == number).findFirst().orElse(null);
            if (grid == null) {
                return Problems.of(Problem.Kind.NOT_FOUND, "No table " + number, instance, requestId);
            }
            Assembly.Rendered csv = result.assembly().rendering("csv-" + number, () -> CsvRenderer.render(grid));
            return answer(csv, "text/csv;charset=UTF-8", result.assembly(), ifNoneMatch,
                    "attachment; filename=\"table-" + number + "-" + unitCode + "-" + year + ".csv\"");
        });
    }

    @GET
    @Path("/{unitCode}/{year}/validation")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Every service's findings plus the rules across services",
            description = "Form funds against budget, a form (or managed goal) per project, procurement against the budget, "
                    + "figures in authored text against the tables. A service that cannot be reached is listed NOT_CHECKED.")
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ValidationService.Report.class), examples = @ExampleObject(name = "sample", value = Examples.VALIDATION)))
    @APIResponse(responseCode = "400", description = "The year is not an integer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No budget of that unit and year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    public CompletionStage<Response> validation(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                                @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                                @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Integer year = year(yearText);
        if (year == null) {
            return CompletableFuture.completedFuture(Problems.of(Problem.Kind.MALFORMED_REQUEST, "year must be an integer",
                    instance, requestId, List.of(new Problem.FieldError("year", "must be an integer")), null));
        }
        return validation.validate(unitCode, year).thenApply(report -> report == null
                ? Problems.of(Problem.Kind.NOT_FOUND, "No budget of unit " + unitCode + " for " + year, instance, requestId)
                : Response.ok(report, MediaType.APPLICATION_JSON).header("Cache-Control", "no-cache").build());
    }

    private Response answer(Assembly.Rendered rendered, String type, Assembly assembly, String ifNoneMatch, String disposition) {
        String cacheControl = !assembly.document().complete() ? "no-store"
                : assembly.published() ? "public, max-age=" + config.cache().publishedMaxAge() : "private, no-cache";
        if (matches(ifNoneMatch, rendered.etag())) {
            return Response.notModified().tag(new jakarta.ws.rs.core.EntityTag(rendered.etag().substring(1, rendered.etag().length() - 1)))
                    .header("Cache-Control", cacheControl).build();
        }
        Response.ResponseBuilder ok = Response.ok(rendered.bytes(), type).header("ETag", rendered.etag()).header("Cache-Control", cacheControl)
                .header("Vary", "Accept");
        if (assembly.timing() != null) {
            ok.header("Server-Timing", assembly.timing());
        }
        if (disposition != null) {
            ok.header("Content-Disposition", disposition);
        }
        if (type.startsWith("text/html")) {
            ok.header("Content-Security-Policy", HTML_POLICY);
        }
        return ok.build();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String representation(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json", "html", "xlsx" -> format.toLowerCase(Locale.ROOT);
                default -> null;
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) return "json";
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE) && !accepted.isWildcardType()) return "html";
            if (accepted.isCompatible(XLSX_TYPE) && !accepted.isWildcardType() && !accepted.isWildcardSubtype()) return "xlsx";
        }
        return "json";
    }

    /**
     * Content-Disposition for a download (RFC 6266): the name as an ASCII {@code filename} (other characters
     * replaced by '_') and, when it has any, the exact name as RFC 5987 {@code filename*=UTF-8''…}.
     */
    public static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        boolean plain = true;
        for (char c : name.toCharArray()) {
            boolean ok = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%';
            ascii.append(ok ? c : '_');
            plain &= ok;
        }
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!plain) {
            header += "; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        }
        return header;
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
