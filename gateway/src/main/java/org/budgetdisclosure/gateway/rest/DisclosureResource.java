package org.budgetdisclosure.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.budgetdisclosure.gateway.upstream.BudgetPage;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.render.XlsxRenderer;
import org.budgetdisclosure.gateway.service.Assembly;
import org.budgetdisclosure.gateway.service.DisclosureCache;
import org.budgetdisclosure.gateway.service.ValidationService;
import org.budgetdisclosure.gateway.service.Callers;
import org.budgetdisclosure.gateway.publication.PublicationService;
import org.budgetdisclosure.gateway.publication.DisclosureRevision;
import org.budgetdisclosure.gateway.publication.Part;
import org.budgetdisclosure.gateway.publication.PartRevisions;
import org.budgetdisclosure.gateway.publication.RevisionRules;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.budgetdisclosure.gateway.Bounds;

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
    PublicationService publication;

    @Inject
    Callers callers;

    @Inject
    PublicUrls urls;

    @Inject
    BudgetClient budget;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    private final Executor renderPool = ForkJoinPool.commonPool();

    @Schema(description = "A disclosure that exists")
    public record DisclosureSummary(@Schema(example = "402001", maxLength = Bounds.UNIT_CODE, pattern = Bounds.UNIT_CODE_PATTERN) String unitCode,
                                    @Schema(example = "长治市上党区中小企业服务中心", maxLength = Bounds.UNIT_NAME) String unitName,
                                    @Schema(example = "140404", nullable = true, maxLength = Bounds.REGION_CODE, pattern = Bounds.REGION_CODE_PATTERN)
                                    String regionCode,
                                    @Schema(example = "2025", format = "int32", minimum = Bounds.YEAR_MIN_TEXT, maximum = Bounds.YEAR_MAX_TEXT) int fiscalYear,
                                    @Schema(example = "PUBLISHED", enumeration = {"DRAFT", "APPROVED", "PUBLISHED"}, nullable = true,
                                            description = "PUBLISHED when a complete revision is published; else (only to callers who may "
                                                    + "read the draft) the status budget-service's list gives (null when it gives none)")
                                    String status,
                                    @Schema(example = "已公开", enumeration = {"草稿", "已批复", "已公开"}, nullable = true) String statusName,
                                    @Schema(description = "The latest complete published revision, null when none", example = "1", nullable = true,
                                            format = "int32", minimum = "1", maximum = Bounds.REVISION_TEXT) Integer revision,
                                    @Schema(example = "/api/v1/disclosures/402001/2025", maxLength = Bounds.HREF) String href) {
    }

    @Schema(description = "A page of disclosures: budget-service's page (at most 200), less what the caller may not see or the name "
            + "filter leaves out")
    public record DisclosurePage(@Schema(maxItems = Bounds.LIST_PAGE) List<DisclosureSummary> items,
                                 @Schema(nullable = true, maxLength = Bounds.CURSOR, description = "budget-service's cursor for the next page")
                                 String next) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the disclosures that exist (unit, name, year, status)",
            description = "Filter by year, region code and a part of the unit's name. Cursor pages as budget-service's list "
                    + "(limit 1–200, default 50); the name filter applies within each page.")
    @APIResponse(responseCode = "200", description = "A page of disclosures", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DisclosurePage.class), examples = @ExampleObject(name = "sample", value = Examples.LIST)))
    @APIResponse(responseCode = "400", description = "limit is not 1–200 or name longer than 200 (refused by the gateway before anything is "
            + "asked), or budget-service refused year, region or after (its problem, passed on)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = Examples.PROBLEM_400_LIMIT)))
    @APIResponse(responseCode = "503", description = "budget-service is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> list(@Parameter(description = "Fiscal year, 2000–2100 (budget-service's years; it refuses others "
                                                  + "with 400, passed on)", example = "2025", schema = @Schema(type = SchemaType.INTEGER,
                                                  format = "int32", minimum = Bounds.YEAR_MIN_TEXT, maximum = Bounds.YEAR_MAX_TEXT))
                                          @QueryParam("year") Integer year,
                                          @Parameter(description = "Region code, 6 digits (budget-service refuses others with 400, passed on)",
                                                  example = "140404", schema = @Schema(type = SchemaType.STRING, maxLength = Bounds.REGION_CODE,
                                                  pattern = Bounds.REGION_CODE_PATTERN)) @QueryParam("region") String region,
                                          @Parameter(description = "Part of the unit's name, at most 200 characters (a unit name's length; "
                                                  + "the gateway refuses a longer one with 400)", example = "中小企业",
                                                  schema = @Schema(type = SchemaType.STRING, maxLength = Bounds.UNIT_NAME)) @QueryParam("name") String name,
                                          @Parameter(description = "Page size, 1–200", example = "50", schema = @Schema(type = SchemaType.INTEGER,
                                                  format = "int32", minimum = "1", maximum = "200")) @QueryParam("limit") Integer limit,
                                          @Parameter(description = "Cursor from the previous page: budget-service's, at most 64 characters "
                                                  + "(it refuses others with 400, passed on)", schema = @Schema(type = SchemaType.STRING,
                                                  maxLength = Bounds.CURSOR)) @QueryParam("after") String after,
                                          @HeaderParam("Authorization") String authorization,
                                          @Context ContainerRequestContext request) {
        if (name != null && name.length() > Bounds.UNIT_NAME) {
            return CompletableFuture.completedFuture(Problems.of(Problem.Kind.MALFORMED_REQUEST, "name must be at most " + Bounds.UNIT_NAME
                            + " characters (no unit's name is longer)", ProblemMappers.path(request), RequestIds.of(request),
                    List.of(new Problem.FieldError("name", "must be at most " + Bounds.UNIT_NAME + " characters")), null));
        }
        StringBuilder query = new StringBuilder("/api/v1/budgets?");
        if (year != null) query.append("year=").append(year).append('&');
        if (region != null) query.append("region=").append(enc(region)).append('&');
        if (limit != null) query.append("limit=").append(limit).append('&');
        if (after != null) query.append("after=").append(enc(after)).append('&');
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        long deadline = System.nanoTime() + config.deadline().toNanos();
        return budget.get(query.substring(0, query.length() - 1), authorization).toCompletableFuture().handle((up, failure) -> {
            if (failure != null) {
                return CompletableFuture.completedFuture(Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, "budget-service is unavailable", instance, requestId,
                        null, List.of(new Disclosure.MissingPart("list", "budget-service", "budget-service is unavailable"))));
            }
            if (!up.ok()) {
                return CompletableFuture.completedFuture(Response.status(up.status()).type(Problem.MEDIA_TYPE).entity(up.body()).build());
            }
            BudgetPage page;
            try {
                page = mapper.readValue(up.body(), BudgetPage.class);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            List<BudgetPage.Item> wanted = new java.util.ArrayList<>();
            for (BudgetPage.Item item : page.items()) {
                String unitName = item.unitName() == null ? "" : item.unitName();
                if (name == null || name.isBlank() || unitName.contains(name.strip())) {
                    wanted.add(item);
                }
            }
            // which of them have a complete published revision: each one's three revision lists, read at once
            List<CompletableFuture<PublicationService.Selection>> published = wanted.stream().map(item -> publication
                    .lists(String.valueOf(item.unitCode()), item.fiscalYear(), null, deadline)
                    .thenApply(lists -> PublicationService.select(lists, null))).toList();
            return CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).thenApply(v -> {
                List<DisclosureSummary> items = new java.util.ArrayList<>();
                for (int i = 0; i < wanted.size(); i++) {
                    BudgetPage.Item item = wanted.get(i);
                    PublicationService.Selection selection = published.get(i).join();
                    String unitCode = item.unitCode() == null ? "" : item.unitCode();
                    if (!selection.notFound() && (selection.stamp() == null || !selection.unavailable().isEmpty())) {
                        return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, "Which disclosures are published cannot be told: "
                                + selection.unavailable().get(0).reason(), instance, requestId, null, selection.unavailable());
                    }
                    Integer revision = selection.stamp() == null ? null : selection.stamp().revision();
                    if (revision == null && !callers.mayReadDraft(authorization, unitCode)) {
                        continue; // anonymous callers never learn of a unit-year without a complete published revision
                    }
                    String status = revision != null ? "PUBLISHED" : (item.draft() == null ? null : item.draft().status()); // BudgetSummary.draft
                    items.add(new DisclosureSummary(unitCode, item.unitName() == null ? "" : item.unitName(), item.regionCode(),
                            item.fiscalYear(), status, Disclosure.statusName(status), revision,
                            "/api/v1/disclosures/" + unitCode + "/" + item.fiscalYear()));
                }
                String next = page.next();
                Response.ResponseBuilder ok = Response.ok(new DisclosurePage(items, next), MediaType.APPLICATION_JSON);
                if (next != null) {
                    StringBuilder link = new StringBuilder("/api/v1/disclosures?after=").append(enc(next));
                    if (year != null) link.append("&year=").append(year);
                    if (region != null) link.append("&region=").append(enc(region));
                    if (name != null) link.append("&name=").append(enc(name));
                    if (limit != null) link.append("&limit=").append(limit);
                    ok.header("Link", "<" + link + ">; rel=\"next\"");
                }
                ok.header("Cache-Control", authorization == null ? "public, max-age=" + config.cache().latestMaxAge() : "private, no-store");
                return ok.build();
            });
        }).thenCompose(x -> x);
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, XLSX, Problem.MEDIA_TYPE})
    @Operation(summary = "The assembled disclosure of a unit's year",
            description = "概况, tables 1–13, 情况说明 一–十二 (written from the data, performance forms in 十), 名词解释, of "
                    + "a publication revision: latest (the newest complete one not withdrawn), n, or the caller's draft. "
                    + "JSON by default; format=html (or Accept: text/html) gives a printable page, format=xlsx a workbook with one "
                    + "sheet per table and per form. Strong ETag per representation; If-None-Match → 304. A service that fails "
                    + "makes it 503 within 2 s, or with partial=true the document with those parts marked missing.")
    @APIResponse(responseCode = "200", description = "The document: JSON (the schema below); the printable HTML page; or the XLSX workbook "
            + "(概况, 表1 预算收支总表 … 表13, 情况说明, 绩效目标1 … one sheet per form, 名词解释). The page and the workbook are "
            + "described by their media type alone (OpenAPI 3.1: no schema for a non-JSON body): their size follows the document's.",
            headers = {
            @Header(name = "ETag", description = "Strong validator of this representation: the first 20 bytes of its SHA-256, in hex, quoted",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Bounds.ETAG, pattern = Bounds.ETAG_PATTERN)),
            @Header(name = "Cache-Control", description = "public, max-age=60 for latest (GATEWAY_CACHE_LATEST_MAX_AGE); public, max-age=31536000, "
                    + "immutable for an explicit revision; private, no-store for the draft; no-store when partial",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Bounds.CACHE_CONTROL)),
            @Header(name = "Publication-Revision", description = "The revision served (absent for the draft); budget-service numbers "
                    + "revisions 1–1000, and a complete revision is one every part has",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = Bounds.REVISION_TEXT)),
            @Header(name = "Server-Timing", description = "How long the assembly of this document took: fetch (the services), build, serialize (ms)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Bounds.SERVER_TIMING)),
            @Header(name = "Content-Disposition", description = "xlsx only: attachment; filename=\"402001-2025-disclosure.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Bounds.CONTENT_DISPOSITION)),
            @Header(name = "Content-Security-Policy", description = "html only: " + HTML_POLICY,
                    schema = @Schema(type = SchemaType.STRING, enumeration = HTML_POLICY))},
            content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = Disclosure.class),
                            examples = @ExampleObject(name = "sample", value = Examples.DISCLOSURE)),
                    @Content(mediaType = "text/html"),
                    @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    @APIResponse(responseCode = "400", description = "The unit code is not 1–32 letters, digits, '-' or '_', the year not 2000–2100, "
            + "or revision not latest, draft or a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "Nothing published for that unit and year, no such complete revision, or a draft "
            + "the caller may not read (all the same problem)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "406", description = "format is not json, html or xlsx (nor does Accept name one of them)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "format", value = Examples.PROBLEM_406)))
    @APIResponse(responseCode = "503", description = "A service failed; names the missing parts", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> get(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                         @Parameter(description = "json (default), html or xlsx, in any case; or ask by Accept (application/json, text/html, "
                                                 + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). Any other value is 406",
                                                 example = "json", schema = @Schema(type = SchemaType.STRING,
                                                 enumeration = {"json", "html", "xlsx"})) @QueryParam("format") String format,
                                         @Parameter(description = "Answer with the parts that could be fetched, marking the others missing", example = "false")
                                         @QueryParam("partial") boolean partial,
                                         @Parameter(description = REVISION_PARAM, example = "latest") @QueryParam("revision") String revisionText,
                                         @HeaderParam("If-None-Match") String ifNoneMatch,
                                         @HeaderParam("Cache-Control") String cacheControl,
                                         @HeaderParam("Authorization") String authorization,
                                         @Context HttpHeaders headers,
                                         @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Response malformed = Params.unitAndYear(unitCode, yearText, instance, requestId);
        if (malformed != null) {
            return CompletableFuture.completedFuture(malformed);
        }
        int year = Params.year(yearText);
        String kind = representation(format, headers);
        if (kind == null) {
            return CompletableFuture.completedFuture(Problems.of(Problem.Kind.NOT_ACCEPTABLE,
                    "format must be json, html or xlsx", instance, requestId));
        }
        Wanted wanted = Wanted.of(revisionText);
        if (wanted == null) {
            return CompletableFuture.completedFuture(badRevision(revisionText, instance, requestId));
        }
        boolean refresh = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        return document(unitCode, year, wanted, authorization, refresh, instance, requestId).thenCompose(served -> {
            if (served.problem() != null) {
                return CompletableFuture.completedFuture(served.problem());
            }
            Assembly assembly = served.assembly();
            Disclosure doc = assembly.document();
            if (!doc.complete() && !partial) {
                String parts = String.join(", ", doc.missingParts().stream().map(m -> m.part() + " (" + m.reason() + ")").toList());
                return CompletableFuture.completedFuture(Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE,
                        "The disclosure cannot be assembled; missing: " + parts + ". Ask with partial=true for the rest.",
                        instance, requestId, null, doc.missingParts()));
            }
            return switch (kind) {
                case "html" -> CompletableFuture.supplyAsync(() -> assembly.rendering("html", () -> HtmlRenderer.render(assembly.printable())), renderPool)
                        .thenApply(r -> answer(r, "text/html;charset=UTF-8", served, ifNoneMatch, null));
                case "xlsx" -> CompletableFuture.supplyAsync(() -> assembly.rendering("xlsx", () -> XlsxRenderer.render(assembly.printable())), renderPool)
                        .thenApply(r -> answer(r, XLSX, served, ifNoneMatch,
                                attachment(doc.unitCode() + "-" + doc.fiscalYear() + "-disclosure.xlsx")));
                default -> CompletableFuture.completedFuture(answer(assembly.json(), MediaType.APPLICATION_JSON, served, ifNoneMatch, null));
            };
        });
    }

    static final String REVISION_PARAM = "latest (default: the newest complete revision no part has withdrawn), a revision number, "
            + "or draft (the working copy: needs a token of a viewer, editor, publisher or admin whose units cover the unit; "
            + "anyone else gets 404)";

    /** What ?revision= asks for: latest, a number, or the draft. */
    record Wanted(boolean draft, Integer number) {
        static Wanted of(String text) {
            if (text == null || text.isEmpty() || text.equals("latest")) {
                return new Wanted(false, null);
            }
            if (text.equals("draft")) {
                return new Wanted(true, null);
            }
            Integer n = Params.revision(text);
            return n == null ? null : new Wanted(false, n);
        }
    }

    /** A document to serve (with how it may be cached), or the problem to answer instead. */
    record Served(Assembly assembly, String cacheControl, Integer revision, Response problem) {
    }

    private static Response badRevision(String text, String instance, String requestId) {
        return Problems.of(Problem.Kind.MALFORMED_REQUEST, "revision must be latest, draft or a revision number (1, 2, …), not " + Params.echo(text),
                instance, requestId, List.of(new Problem.FieldError("revision", "must be latest, draft or a positive integer")), null);
    }

    private Response unknown(String unitCode, int year, String instance, String requestId) {
        return Problems.of(Problem.Kind.NOT_FOUND, "No published disclosure of unit " + unitCode + " for " + year, instance, requestId);
    }

    /** The draft (the caller's token may read it) or a published revision (latest: three small list reads). */
    CompletableFuture<Served> document(String unitCode, int year, Wanted wanted, String authorization, boolean refresh,
                                       String instance, String requestId) {
        if (wanted.draft()) {
            if (!callers.mayReadDraft(authorization, unitCode)) {
                return CompletableFuture.completedFuture(new Served(null, null, null, unknown(unitCode, year, instance, requestId)));
            }
            return cache.draft(unitCode, year, authorization).thenApply(result -> result.assembly() == null
                    ? new Served(null, null, null, unknown(unitCode, year, instance, requestId))
                    : new Served(result.assembly(), "private, no-store", null, null));
        }
        long started = System.nanoTime();
        long deadline = started + config.deadline().toNanos();
        return publication.lists(unitCode, year, null, deadline).thenCompose(lists -> {
            PublicationService.Selection selection = PublicationService.select(lists, wanted.number());
            if (selection.notFound()) {
                return CompletableFuture.completedFuture(new Served(null, null, null, unknown(unitCode, year, instance, requestId)));
            }
            if (selection.stamp() == null) {
                return CompletableFuture.completedFuture(new Served(null, null, null, Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE,
                        "The disclosure cannot be assembled: no service answered", instance, requestId, null, selection.unavailable())));
            }
            // the contents get a deadline of their own: a part whose list was slow has already been left out
            long contentDeadline = System.nanoTime() + config.deadline().toNanos();
            return cache.revision(unitCode, year, selection.stamp(), lists, started, contentDeadline, refresh).thenApply(result -> {
                if (result.assembly() == null) {
                    return new Served(null, null, null, unknown(unitCode, year, instance, requestId));
                }
                String control = wanted.number() != null ? "public, max-age=31536000, immutable"
                        : "public, max-age=" + config.cache().latestMaxAge();
                return new Served(result.assembly(), control, selection.stamp().revision(), null);
            });
        });
    }

    @GET
    @Path("/{unitCode}/{year}/tables/{number}")
    @Produces({"text/csv", Problem.MEDIA_TYPE})
    @Operation(summary = "One table of the disclosure as CSV", description = "Header rows from the grid's columns, then its rows as printed (万元).")
    @APIResponse(responseCode = "200", description = "The table as CSV (UTF-8 with BOM), described by its media type alone (OpenAPI 3.1: no "
            + "schema for a non-JSON body): its size follows the table's", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"table-11-402001-2025.csv\"", schema = @Schema(type = SchemaType.STRING,
            maxLength = Bounds.CSV_DISPOSITION)),
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "table 11", value = Examples.CSV)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "The unit code is not 1–32 letters, digits, '-' or '_', the year not 2000–2100, "
            + "or revision not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such budget or table", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "503", description = "budget-service failed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> table(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                           @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                           @Parameter(description = "Table number 1–13 (another number is 404: no such table)", example = "11",
                                                   schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                                                   maximum = "13")) @PathParam("number") int number,
                                           @Parameter(description = REVISION_PARAM, example = "latest") @QueryParam("revision") String revisionText,
                                           @HeaderParam("If-None-Match") String ifNoneMatch,
                                           @HeaderParam("Authorization") String authorization,
                                           @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Response malformed = Params.unitAndYear(unitCode, yearText, instance, requestId);
        if (malformed != null) {
            return CompletableFuture.completedFuture(malformed);
        }
        int year = Params.year(yearText);
        Wanted wanted = Wanted.of(revisionText);
        if (wanted == null) {
            return CompletableFuture.completedFuture(badRevision(revisionText, instance, requestId));
        }
        return document(unitCode, year, wanted, authorization, false, instance, requestId).thenApply(served -> {
            if (served.problem() != null) {
                return served.problem();
            }
            Disclosure doc = served.assembly().document();
            if (doc.tables() == null) {
                return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, "The tables cannot be fetched", instance, requestId, null, doc.missingParts());
            }
            Grid grid = served.assembly().printable().table(number);
            if (grid == null) {
                return Problems.of(Problem.Kind.NOT_FOUND, "No table " + number, instance, requestId);
            }
            Assembly.Rendered csv = served.assembly().rendering("csv-" + number, () -> CsvRenderer.render(grid));
            return answer(csv, "text/csv;charset=UTF-8", served, ifNoneMatch,
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
    @APIResponse(responseCode = "400", description = "The unit code is not 1–32 letters, digits, '-' or '_', or the year not 2000–2100", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No budget of that unit and year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    public CompletionStage<Response> validation(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                                @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                                @HeaderParam("Authorization") String authorization,
                                                @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Response malformed = Params.unitAndYear(unitCode, yearText, instance, requestId);
        if (malformed != null) {
            return CompletableFuture.completedFuture(malformed);
        }
        int year = Params.year(yearText);
        if (!callers.mayReadDraft(authorization, unitCode)) {
            return CompletableFuture.completedFuture(unknown(unitCode, year, instance, requestId));
        }
        return validation.validate(unitCode, year, authorization).thenApply(report -> report == null
                ? Problems.of(Problem.Kind.NOT_FOUND, "No budget of unit " + unitCode + " for " + year, instance, requestId)
                : Response.ok(report, MediaType.APPLICATION_JSON).header("Cache-Control", "private, no-store").build());
    }

    @GET
    @Path("/{unitCode}/{year}/revisions")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "The complete revisions of a disclosure, newest first",
            description = "A revision is complete when budget-, performance- and asset-service all have it; each item carries every "
                    + "part's revision metadata (publishedAt, publishedBy, contentHash, changes, withdrawal). 404 when none is published.")
    @APIResponse(responseCode = "200", description = "The complete revisions", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DisclosureRevision.Page.class), examples = @ExampleObject(name = "sample", value = Examples.REVISIONS)))
    @APIResponse(responseCode = "400", description = "The unit code is not 1–32 letters, digits, '-' or '_', or the year not 2000–2100", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "Nothing published for that unit and year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "503", description = "A service's revisions could not be read", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> revisions(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                               @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                               @Context ContainerRequestContext request) {
        return revisionsOf(unitCode, yearText, null, request);
    }

    @GET
    @Path("/{unitCode}/{year}/revisions/{revision}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "One complete revision of a disclosure: its state and every part's metadata",
            description = "The document itself is GET /api/v1/disclosures/{unitCode}/{year}?revision={revision}.")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DisclosureRevision.class), examples = @ExampleObject(name = "sample", value = Examples.REVISION)))
    @APIResponse(responseCode = "400", description = "The unit code is not 1–32 letters, digits, '-' or '_', the year not 2000–2100, "
            + "or the revision not 1–999999999", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such complete revision", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "503", description = "A service's revisions could not be read", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> revision(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                              @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                                              @Parameter(description = "Revision number", example = "1") @PathParam("revision") String revisionText,
                                              @Context ContainerRequestContext request) {
        Integer n = Params.revision(revisionText);
        if (n == null) {
            return CompletableFuture.completedFuture(badRevision(revisionText, ProblemMappers.path(request), RequestIds.of(request)));
        }
        return revisionsOf(unitCode, yearText, n, request);
    }

    private CompletionStage<Response> revisionsOf(String unitCode, String yearText, Integer n, ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Response malformed = Params.unitAndYear(unitCode, yearText, instance, requestId);
        if (malformed != null) {
            return CompletableFuture.completedFuture(malformed);
        }
        int year = Params.year(yearText);
        return publication.lists(unitCode, year, null, System.nanoTime() + config.deadline().toNanos()).thenApply(lists -> {
            List<Disclosure.MissingPart> down = new java.util.ArrayList<>();
            java.util.Map<Part, PartRevisions> parts = new java.util.EnumMap<>(Part.class);
            for (var e : lists.entrySet()) {
                if (e.getValue().ok()) {
                    parts.put(e.getKey(), PartRevisions.of(e.getKey(), e.getValue().body()));
                } else if (e.getValue().notFound()) {
                    return unknown(unitCode, year, instance, requestId);
                } else {
                    down.add(new Disclosure.MissingPart(e.getKey().key, e.getKey().service, e.getValue().failure() != null
                            ? e.getValue().failure() : e.getValue().service() + " answered " + e.getValue().status()));
                }
            }
            if (!down.isEmpty()) {
                return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, "The revisions cannot be read: " + down.get(0).reason(),
                        instance, requestId, null, down);
            }
            if (n != null) {
                if (!RevisionRules.isComplete(parts.values(), n)) {
                    return unknown(unitCode, year, instance, requestId);
                }
                return Response.ok(PublicationService.revision(unitCode, year, n, parts), MediaType.APPLICATION_JSON)
                        .header("Cache-Control", "public, max-age=" + config.cache().latestMaxAge()).build();
            }
            DisclosureRevision.Page page = publication.page(unitCode, year, parts);
            if (page.items().isEmpty()) {
                return unknown(unitCode, year, instance, requestId);
            }
            return Response.ok(page, MediaType.APPLICATION_JSON).header("Cache-Control", "public, max-age=" + config.cache().latestMaxAge()).build();
        });
    }

    @POST
    @Path("/{unitCode}/{year}/publish")
    @RolesAllowed({"publisher", "admin"})
    @Blocking
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the drafts of all three parts as the next revision",
            description = "docs/publication.md: (1) reads the three parts' revisions; (2) completes an unfinished publish (a part one "
                    + "revision behind is frozen first); (3) validates the drafts across services (409 with the findings on errors); "
                    + "(4) 200 with the latest revision when no draft differs from it; (5) freezes revision M+1 in budget-, then "
                    + "performance-, then asset-service: 201 with Location. A service failing part-way gives 503; readers keep the "
                    + "previous complete revision, and calling publish again completes the same revision number.")
    @APIResponse(responseCode = "200", description = "Nothing new to publish: the latest revision", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DisclosureRevision.class), examples = @ExampleObject(name = "sample", value = Examples.REVISION)))
    @APIResponse(responseCode = "201", description = "The revision this call made complete", headers = @Header(name = "Location",
            description = "The revision under the gateway: <public base URL>/api/v1/disclosures/402001/2025/revisions/2; the base is "
                    + "GATEWAY_PUBLIC_BASE_URL (at most 2048 characters, checked at start) or the request's scheme and Host (the request "
                    + "headers are at most 20K together)", schema = @Schema(type = SchemaType.STRING, format = "uri",
                    maxLength = Bounds.LOCATION)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisclosureRevision.class),
                    examples = @ExampleObject(name = "sample", value = Examples.REVISION)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Not a publisher or admin (of this unit)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "editor", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No budget of that unit and year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "409", description = "The drafts have errors (findings listed), or a part refused", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "findings", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "503", description = "A service failed part-way: publish again to complete the same revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "part-way", value = Examples.PROBLEM_503_PUBLISH)))
    public Response publish(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                            @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                            @HeaderParam("Authorization") String authorization,
                            @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Response malformed = Params.unitAndYear(unitCode, yearText, instance, requestId);
        if (malformed != null) {
            return malformed;
        }
        return outcome(publication.publish(unitCode, Params.year(yearText), authorization), request, instance, requestId);
    }

    /** The body of a withdrawal. */
    @Schema(description = "Why a revision is withdrawn")
    public record WithdrawalRequest(@Schema(description = "1–2000 characters", example = "表3数据有误，已发布更正版本", minLength = 1, maxLength = 2000)
                                    String reason) {
    }

    @POST
    @Path("/{unitCode}/{year}/revisions/{revision}/withdrawal")
    @RolesAllowed({"publisher", "admin"})
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw a complete revision in all three parts",
            description = "Marks revision n WITHDRAWN in budget-, performance- and asset-service with who, when and the reason; it stays "
                    + "readable with the notice, and latest falls back to the newest revision not withdrawn. Repeating it completes an "
                    + "interrupted withdrawal and changes nothing else.")
    @APIResponse(responseCode = "200", description = "The withdrawn revision", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DisclosureRevision.class), examples = @ExampleObject(name = "sample", value = Examples.REVISION_WITHDRAWN)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, the unit code not 1–32 letters, digits, '-' or '_', the year "
            + "not 2000–2100, or the revision not 1–999999999", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "year", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Not a publisher or admin (of this unit)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "editor", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such complete revision", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "reason missing, blank or longer than 2000 characters", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "reason", value = Examples.PROBLEM_422_REASON)))
    @APIResponse(responseCode = "503", description = "A service failed part-way: withdraw again to complete it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "down", value = Examples.PROBLEM_503)))
    public Response withdraw(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                             @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String yearText,
                             @Parameter(description = "Revision number", example = "1") @PathParam("revision") String revisionText,
                             @HeaderParam("Authorization") String authorization,
                             WithdrawalRequest body,
                             @Context ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        String instance = ProblemMappers.path(request);
        Response malformed = Params.unitAndYear(unitCode, yearText, instance, requestId);
        if (malformed != null) {
            return malformed;
        }
        int year = Params.year(yearText);
        Integer n = Params.revision(revisionText);
        if (n == null) {
            return Problems.of(Problem.Kind.MALFORMED_REQUEST, "revision must be a positive integer (1–" + Params.REVISION_MAX_TEXT
                            + ") without leading zeros, not " + Params.echo(revisionText), instance, requestId,
                    List.of(new Problem.FieldError("revision", "must match " + Params.REVISION_PATTERN)), null);
        }
        String reason = body == null ? null : body.reason();
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            return Problems.of(Problem.Kind.VALIDATION_FAILED, "reason must be 1–2000 characters", instance, requestId,
                    List.of(new Problem.FieldError("reason", reason == null || reason.isBlank() ? "must not be blank" : "must be at most 2000 characters")), null);
        }
        return outcome(publication.withdraw(unitCode, year, n, reason, authorization), request, instance, requestId);
    }

    private Response outcome(PublicationService.Outcome outcome, ContainerRequestContext request, String instance, String requestId) {
        if (outcome instanceof PublicationService.Done done) {
            DisclosureRevision r = done.revision();
            Response.ResponseBuilder ok = Response.status(done.created() ? 201 : 200).entity(r).type(MediaType.APPLICATION_JSON)
                    .header("Publication-Revision", r.revision()).header("Cache-Control", "no-store");
            if (done.created()) {
                ok.header("Location", urls.base(request.getUriInfo()) + "/api/v1/disclosures/" + enc(r.unitCode()) + "/"
                        + r.fiscalYear() + "/revisions/" + r.revision());
            }
            return ok.build();
        }
        if (outcome instanceof PublicationService.Refused refused) {
            Problem.Kind kind = switch (refused.status()) {
                case 401 -> Problem.Kind.UNAUTHORIZED;
                case 403 -> Problem.Kind.FORBIDDEN;
                case 404 -> Problem.Kind.NOT_FOUND;
                case 412 -> Problem.Kind.PRECONDITION_FAILED;
                default -> Problem.Kind.CONFLICT;
            };
            return Problems.of(kind, refused.detail(), instance, requestId, refused.errors(), null, refused.findings());
        }
        PublicationService.Stopped stopped = (PublicationService.Stopped) outcome;
        return Problems.of(Problem.Kind.DEPENDENCY_UNAVAILABLE, stopped.detail(), instance, requestId, null, stopped.missing());
    }

    private Response answer(Assembly.Rendered rendered, String type, Served served, String ifNoneMatch, String disposition) {
        Assembly assembly = served.assembly();
        String cacheControl = !assembly.document().complete() ? "no-store" : served.cacheControl();
        if (matches(ifNoneMatch, rendered.etag())) {
            Response.ResponseBuilder nm = Response.notModified().tag(new jakarta.ws.rs.core.EntityTag(rendered.etag().substring(1, rendered.etag().length() - 1)))
                    .header("Cache-Control", cacheControl);
            if (served.revision() != null) {
                nm.header("Publication-Revision", served.revision());
            }
            return nm.build();
        }
        Response.ResponseBuilder ok = Response.ok(rendered.bytes(), type).header("ETag", rendered.etag()).header("Cache-Control", cacheControl)
                .header("Vary", served.revision() == null ? "Accept, Authorization" : "Accept");
        if (served.revision() != null) {
            ok.header("Publication-Revision", served.revision());
        }
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
