package org.budgetdisclosure.budget.rest;

import org.budgetdisclosure.budget.Limits;
import jakarta.annotation.security.RolesAllowed;
import org.budgetdisclosure.budget.security.Roles;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.BudgetStatus;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.ws.rs.core.HttpHeaders;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.publication.RevisionSelector;
import org.budgetdisclosure.budget.publication.StoredRevision;
import org.budgetdisclosure.budget.service.AuditLog;
import org.budgetdisclosure.budget.service.PublicationService;
import org.budgetdisclosure.budget.tables.BudgetTables;
import org.budgetdisclosure.budget.BudgetSummary;
import org.budgetdisclosure.budget.figures.BudgetFigures;
import org.budgetdisclosure.budget.StoredBudget;
import org.budgetdisclosure.budget.service.BudgetService;
import org.budgetdisclosure.budget.service.BudgetService.Derived;
import org.budgetdisclosure.budget.service.InvalidRequestException;
import org.budgetdisclosure.budget.service.NotFoundException;
import org.budgetdisclosure.budget.tables.BudgetTable;
import org.budgetdisclosure.budget.tables.BudgetTableDeriver;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.validation.Finding;
import org.budgetdisclosure.budget.validation.Severity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.function.Function;

/** Budgets as whole documents, and everything derived from them: the 13 tables, the figures, the findings. */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "A unit's annual budget and the 13 disclosure tables derived from it")
public class BudgetResource {

    static final int MAX_LIMIT = 200;

    static final String PUBLICATION_REVISION = "Publication-Revision";
    static final String PUBLICATION_STATE = "Publication-State";
    static final String DRAFT_CACHE = "private, no-store";
    static final String LATEST_CACHE = "public, max-age=60";
    static final String REVISION_CACHE = "public, max-age=31536000, immutable";
    static final String REVISION_DESCRIPTION = "`latest` (default): the newest published, not withdrawn revision; a number n: revision n "
            + "(a withdrawn one too, with `Publication-State: WITHDRAWN`); `draft`: the draft, only for viewer, editor, publisher or admin "
            + "whose units cover the unit. Anything not published is 404 to everyone else.";

    private final BudgetService service;
    private final PublicationService publication;
    private final AuditLog audit;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper json;

    BudgetResource(BudgetService service, PublicationService publication, AuditLog audit, CurrentIdentityAssociation identities,
                   ObjectMapper json) {
        this.service = service;
        this.publication = publication;
        this.audit = audit;
        this.identities = identities;
        this.json = json;
    }

    public record BudgetPage(@Schema(maxItems = Limits.PAGE) List<BudgetSummary> items,
                             @Schema(nullable = true, description = "Cursor for the next page, null on the last", maxLength = Limits.CURSOR) String next) {
    }

    public record AuditPage(@Schema(maxItems = Limits.PAGE) List<AuditEntry> items,
                            @Schema(nullable = true, description = "Cursor for the next (older) page, null on the last", maxLength = 18, pattern = "^[0-9]{1,18}$") String next) {
    }

    @Schema(description = "The findings of every check on one budget")
    public record ValidationReport(@Schema(maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String unitCode,
                                   @Schema(minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
                                   @Schema(minimum = "0", maximum = "2147483647") int errors,
                                   @Schema(minimum = "0", maximum = "2147483647") int warnings,
                                   @Schema(minimum = "0", maximum = "2147483647") int infos,
                                   @Schema(description = "true when no finding is an error") boolean publishable,
                                   @Schema(description = "The findings; at most " + Limits.FINDINGS + ", the first ones (the counts count all)", maxItems = Limits.FINDINGS) List<Finding> findings) {
    }

    @GET
    @Operation(summary = "List budgets", description = "Unit-years in (unit code, year) order, filterable by year, region and status; cursor-paginated. "
            + "Each item has `published` (its newest published, not withdrawn revision, or null) and `draft` (its draft, only for a token "
            + "with viewer, editor, publisher or admin whose units cover the unit, else null). An anonymous caller sees only unit-years with a "
            + "published revision. `status=PUBLISHED` lists published parts only; `DRAFT` or `APPROVED` drafts of that status only.")
    @APIResponse(responseCode = "200", description = "A page of budgets",
            content = @Content(schema = @Schema(implementation = BudgetPage.class), examples = @ExampleObject(name = "sample", value = Examples.BUDGET_LIST)))
    @APIResponse(responseCode = "400", description = "A bad query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad limit", value = Examples.VALIDATION_PROBLEM)))
    public Response list(
            @Parameter(description = "Page size, 1 to " + MAX_LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") @DefaultValue("50") int limit,
            @Parameter(description = "The `next` cursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CURSOR)) @QueryParam("after") String after,
            @Parameter(description = "Only this fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @QueryParam("year") Integer year,
            @Parameter(description = "Only units of this region", example = "140404", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.REGION, pattern = Limits.REGION_PATTERN)) @QueryParam("region") String region,
            @Parameter(description = "Only this status", example = "PUBLISHED") @QueryParam("status") BudgetStatus status,
            @jakarta.ws.rs.core.Context HttpHeaders headers,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Paging.checkLimit(limit, MAX_LIMIT);
        Paging.checkCursor(after);
        Paging.checkYear("year", year);
        Paging.checkRegion(region);
        Readers.Caller caller = Readers.caller(identities, headers);
        BudgetService.Page page = service.list(after, limit, year, region, status, caller.draftScope());
        return Paging.withNextLink(Response.ok(new BudgetPage(page.items(), page.next())), uri, page.next()).build();
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Operation(summary = "Get a budget", description = "The whole budget document: of the newest published revision by default, "
            + "of revision n (the revision's `content.budget`, byte for byte as frozen), or the draft exactly as stored (what PUT took, "
            + "amounts at two decimals) with `?revision=draft`.")
    @APIResponse(responseCode = "200", description = "The budget", headers = {
            @Header(name = "ETag", description = "Version of the document (of the draft: what If-Match names on PUT and DELETE)", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.ETAG_OUT)),
            @Header(name = PUBLICATION_REVISION, description = "The revision served (absent for the draft)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = Limits.REVISIONS_MAX)),
            @Header(name = PUBLICATION_STATE, description = "PUBLISHED or WITHDRAWN (absent for the draft)", schema = @Schema(type = SchemaType.STRING, enumeration = {"PUBLISHED", "WITHDRAWN"}))},
            content = @Content(schema = @Schema(implementation = Budget.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                        @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                        @Parameter(description = REVISION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, pattern = RevisionSelector.PATTERN, maxLength = 9, example = "latest"))
                        @QueryParam("revision") String revision,
                        @jakarta.ws.rs.core.Context HttpHeaders headers,
                        @jakarta.ws.rs.core.Context Request request) {
        RevisionSelector selector = selector(revision);
        if (selector.kind() != RevisionSelector.Kind.DRAFT) {
            return revisionView(unitCode, year, selector, request, "budget", c -> c.get("budget"));
        }
        requireDraftReader(unitCode, year, headers);
        StoredBudget stored = service.find(unitCode, year).orElseThrow(() -> notFound(unitCode, year));
        EntityTag tag = new EntityTag(stored.contentHash());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, DRAFT_CACHE).tag(tag).build();
        }
        return Response.ok(stored.budget()).tag(tag).header(HttpHeaders.CACHE_CONTROL, DRAFT_CACHE)
                .lastModified(java.util.Date.from(stored.updatedAt().toInstant())).build();
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a budget",
            description = "Takes the whole draft as one document (the same document again changes nothing). "
                    + "Validated before anything is written; a rejected PUT leaves the stored draft exactly as it was. "
                    + "Status DRAFT or APPROVED only: PUBLISHED is reached by publishing (POST /api/v1/disclosures/{unitCode}/{year}/publish, "
                    + "which freezes PUT …/revisions/{n}). An update needs If-Match with the ETag of GET ?revision=draft (428 without, 412 when "
                    + "it is not the current one); a create takes If-None-Match: * or no precondition (412 when the draft exists, also "
                    + "for the loser of two concurrent creates).")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)", content = @Content(schema = @Schema(implementation = Budget.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the new budget", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Limits.LOCATION)),
            content = @Content(schema = @Schema(implementation = Budget.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, an unknown field or enumeration value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_PROBLEM)))
    @APIResponse(responseCode = "428", description = "An update without If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no If-Match", value = Examples.PRECONDITION_REQUIRED_PROBLEM)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version, or If-None-Match: * and the draft exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_PROBLEM)))
    @APIResponse(responseCode = "413", description = "Body over 2 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE_PROBLEM)))
    @APIResponse(responseCode = "415", description = "Not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Well-formed but invalid: negative or over-long amount, more than two decimals, "
            + "unknown code, code at the wrong level, duplicate line, year out of range, unknown unit, status PUBLISHED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "negative amount", value = Examples.VALIDATION_PROBLEM),
                            @ExampleObject(name = "status PUBLISHED", value = Examples.PUBLISHED_STATUS_PROBLEM)}))
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_BUDGET, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_ROLE_PROBLEM),
                    @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM)}))
    public Response put(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                        @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                        @Parameter(description = "ETag of the draft being replaced (required for an update)",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam("If-Match") String ifMatch,
                        @Parameter(description = "`*`: create only (412 when the draft exists)",
                                schema = @Schema(type = SchemaType.STRING, enumeration = {"*"})) @HeaderParam("If-None-Match") String ifNoneMatch,
                        Budget budget,
                        @jakarta.ws.rs.core.Context UriInfo uri) {
        if (budget == null) {
            throw new InvalidRequestException("The budget document is missing", List.of(new FieldError("body", "is required")));
        }
        BudgetService.WriteResult result = service.put(unitCode, year, budget, ifMatch, ifNoneMatch);
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePathBuilder().build())
                : Response.ok();
        return response.entity(result.budget()).tag(new EntityTag(unquote(result.etag()))).build();
    }

    @DELETE
    @Path("/{unitCode}/{year}")
    @Operation(summary = "Delete a draft", description = "Deletes the draft; its published revisions stay and stay served. Needs If-Match "
            + "with the draft's ETag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no If-Match", value = Examples.PRECONDITION_REQUIRED_PROBLEM)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_BUDGET, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_ROLE_PROBLEM),
                    @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM)}))
    public Response delete(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                           @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                           @Parameter(description = "ETag of the draft", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                           @HeaderParam("If-Match") String ifMatch) {
        if (!service.delete(unitCode, year, ifMatch)) {
            throw notFound(unitCode, year);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{unitCode}/{year}/tables")
    @Operation(summary = "The 13 disclosure tables", description = "Every table as a grid in the official layout (display cells in 万元, "
            + "null for a blank cell, empty + note for a table without data) with the exact yuan amounts behind each row.")
    @APIResponse(responseCode = "200", description = "Tables 1 to 13", content = @Content(schema = @Schema(implementation = BudgetTables.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response tables(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                           @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                           @Parameter(description = REVISION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, pattern = RevisionSelector.PATTERN, maxLength = 9, example = "latest"))
                        @QueryParam("revision") String revision,
                        @jakarta.ws.rs.core.Context HttpHeaders headers,
                        @jakarta.ws.rs.core.Context Request request) {
        return view(unitCode, year, revision, headers, request, "tables",
                d -> new BudgetTables(unitCode, year, d.unitName(), d.tables()), c -> c.get("tables"));
    }

    @GET
    @Path("/{unitCode}/{year}/tables/{number}")
    @Operation(summary = "One disclosure table", description = "Table n (1 to 13) as a grid.")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = BudgetTable.class),
            examples = {@ExampleObject(name = "table 3", value = Examples.TABLE_3), @ExampleObject(name = "empty table 10", value = Examples.TABLE_10)}))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget or table", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response table(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                          @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                          @Parameter(description = "1 to 13", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "13"))
                          @PathParam("number") int number,
                          @Parameter(description = REVISION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, pattern = RevisionSelector.PATTERN, maxLength = 9, example = "latest"))
                        @QueryParam("revision") String revision,
                        @jakarta.ws.rs.core.Context HttpHeaders headers,
                        @jakarta.ws.rs.core.Context Request request) {
        if (number < 1 || number > BudgetTableDeriver.TABLE_COUNT) {
            throw new NotFoundException("There are 13 tables; no table " + number);
        }
        return view(unitCode, year, revision, headers, request, "table" + number, d -> d.tables().get(number - 1),
                c -> c.get("tables").get("tables").get(number - 1));
    }

    @GET
    @Path("/{unitCode}/{year}/figures")
    @Operation(summary = "Figures quoted by the explanations", description = "Totals, shares in % and changes against last year, "
            + "each from exact amounts, with the 万元 display value beside the exact yuan.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = BudgetFigures.class),
            examples = @ExampleObject(name = "sample (excerpt)", value = Examples.FIGURES)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response figures(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                            @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                            @Parameter(description = REVISION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, pattern = RevisionSelector.PATTERN, maxLength = 9, example = "latest"))
                        @QueryParam("revision") String revision,
                        @jakarta.ws.rs.core.Context HttpHeaders headers,
                        @jakarta.ws.rs.core.Context Request request) {
        return view(unitCode, year, revision, headers, request, "figures", Derived::figures, c -> c.get("figures"));
    }

    @GET
    @Path("/{unitCode}/{year}/validation")
    @Operation(summary = "Run every check on the draft", description = "Only for viewer, editor, publisher or admin whose units cover the unit "
            + "(404 to everyone else, as for an unknown budget). Findings of the identities within and across tables 1–13, input against the "
            + "catalogues and authored text, each with a rule id, severity (ERROR blocks publication), a message in Chinese and English and where it is.")
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(schema = @Schema(implementation = ValidationReport.class),
            examples = @ExampleObject(name = "sample", value = Examples.FINDINGS)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response validation(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                               @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                               @Parameter(description = "Only `draft` (the default): the checks run on the draft; a revision passed them when it was frozen",
                                       schema = @Schema(type = SchemaType.STRING, enumeration = {"draft"}))
                               @QueryParam("revision") String revision,
                               @jakarta.ws.rs.core.Context HttpHeaders headers,
                               @jakarta.ws.rs.core.Context Request request) {
        if (revision != null && !revision.equals("draft")) {
            throw new InvalidRequestException("Only the draft is validated", List.of(new FieldError("revision",
                    "must be draft (or absent): a revision passed the checks when it was frozen")));
        }
        requireDraftReader(unitCode, year, headers);
        return derivedView(unitCode, year, request, "validation", d -> report(unitCode, year, d.findings()));
    }

    static ValidationReport report(String unitCode, int year, List<Finding> findings) {
        int errors = count(findings, Severity.ERROR);
        return new ValidationReport(unitCode, year, errors, count(findings, Severity.WARNING), count(findings, Severity.INFO),
                errors == 0, findings.size() > Limits.FINDINGS ? List.copyOf(findings.subList(0, Limits.FINDINGS)) : findings);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private Response derivedView(String unitCode, int year, Request request, String name, Function<Derived, Object> view) {
        Derived derived = service.derived(unitCode, year).orElseThrow(() -> notFound(unitCode, year));
        EntityTag tag = new EntityTag(unquote(derived.etag()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, DRAFT_CACHE).build();
        }
        byte[] body = derived.rendered(name, () -> {
            try {
                return json.writeValueAsBytes(view.apply(derived));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the " + name + " view", e);
            }
        });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).header(HttpHeaders.CACHE_CONTROL, DRAFT_CACHE).build();
    }

    /** A view of the draft (viewer+ in scope) or the same view cut from a revision's stored content. */
    private Response view(String unitCode, int year, String revision, HttpHeaders headers, Request request, String name,
                          Function<Derived, Object> draftView, Function<JsonNode, JsonNode> fromContent) {
        RevisionSelector selector = selector(revision);
        if (selector.kind() == RevisionSelector.Kind.DRAFT) {
            requireDraftReader(unitCode, year, headers);
            return derivedView(unitCode, year, request, name, draftView);
        }
        return revisionView(unitCode, year, selector, request, name, fromContent);
    }

    /** Serves a subtree of a revision's stored content: what was frozen, never derived again. */
    private Response revisionView(String unitCode, int year, RevisionSelector selector, Request request, String name,
                                  Function<JsonNode, JsonNode> fromContent) {
        StoredRevision stored = (selector.kind() == RevisionSelector.Kind.LATEST
                ? publication.latestPublished(unitCode, year)
                : publication.revision(unitCode, year, selector.number()))
                .orElseThrow(() -> notFound(unitCode, year));
        String cache = selector.kind() == RevisionSelector.Kind.LATEST ? LATEST_CACHE : REVISION_CACHE;
        EntityTag tag = new EntityTag(stored.contentHash().substring("sha256:".length(), "sha256:".length() + 32) + "-" + name);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response;
        if (notModified != null) {
            response = notModified;
        } else {
            try {
                response = Response.ok(json.writeValueAsBytes(fromContent.apply(json.readTree(stored.content()))), MediaType.APPLICATION_JSON_TYPE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot serve revision " + stored.revision(), e);
            }
        }
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, cache)
                .header(PUBLICATION_REVISION, stored.revision())
                .header(PUBLICATION_STATE, stored.withdrawn() ? "WITHDRAWN" : "PUBLISHED").build();
    }

    /** The draft is there only for viewer, editor, publisher or admin whose units cover the unit: 404 to anyone else. */
    private void requireDraftReader(String unitCode, int year, HttpHeaders headers) {
        if (!Readers.caller(identities, headers).mayReadDraft(unitCode)) {
            throw notFound(unitCode, year);
        }
    }

    static RevisionSelector selector(String revision) {
        RevisionSelector selector = RevisionSelector.parse(revision);
        if (selector == null) {
            throw new InvalidRequestException("The revision parameter is not valid", List.of(new FieldError("revision",
                    "must be latest, draft or a revision number (1 to 999999999)")));
        }
        return selector;
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit log", description = "Every write (draft writes, unit and catalogue writes, publishing, withdrawal), "
            + "newest first, cursor-paginated; admin only. A token not scoped to every unit (*) must name a unitCode it covers.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "422", description = "A bad query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not admin, or the unit is outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response audit(@Parameter(description = "Only entries of this unit", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{1,32}$", maxLength = 32))
                          @QueryParam("unitCode") String unitCode,
                          @Parameter(description = "The `next` cursor of the previous page", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$", maxLength = 18))
                          @QueryParam("after") String after,
                          @Parameter(description = "Page size, 1 to " + MAX_LIMIT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") @DefaultValue("50") int limit,
                          @jakarta.ws.rs.core.Context UriInfo uri) {
        Paging.checkLimit(limit, MAX_LIMIT);
        if (unitCode != null && !org.budgetdisclosure.budget.validation.UnitRules.CODE.matcher(unitCode).matches()) {
            throw new InvalidRequestException("The unitCode parameter is not valid", List.of(new FieldError("unitCode", "must be a unit code")));
        }
        if (after != null && !after.matches("[0-9]{1,18}")) {
            throw new InvalidRequestException("The after parameter is not valid", List.of(new FieldError("after", "must be the next cursor of a page")));
        }
        List<String> scope = UnitScopeFilter.units(identities.getIdentity());
        if (!scope.contains("*") && (unitCode == null || !org.budgetdisclosure.budget.security.UnitScope.covers(scope, unitCode))) {
            throw new io.quarkus.security.ForbiddenException();
        }
        List<AuditEntry> rows = audit.page(unitCode, after == null ? null : Long.parseLong(after), limit + 1);
        String next = rows.size() > limit ? String.valueOf(rows.get(limit - 1).id()) : null;
        List<AuditEntry> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        return Paging.withNextLink(Response.ok(new AuditPage(page, next)), uri, next).build();
    }

    private static NotFoundException notFound(String unitCode, int year) {
        return new NotFoundException("No " + year + " budget of unit " + unitCode);
    }

    private static String unquote(String etag) {
        return etag.startsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
