package org.budgetdisclosure.budget.rest;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.BudgetStatus;
import org.budgetdisclosure.budget.BudgetSummary;
import org.budgetdisclosure.budget.figures.BudgetFigures;
import org.budgetdisclosure.budget.StoredBudget;
import org.budgetdisclosure.budget.service.BudgetPermissions;
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

    private final BudgetService service;
    private final ObjectMapper json;

    BudgetResource(BudgetService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    public record BudgetPage(List<BudgetSummary> items,
                             @Schema(nullable = true, description = "Cursor for the next page, null on the last") String next) {
    }

    @Schema(description = "The 13 tables of one budget")
    public record BudgetTables(String unitCode, int fiscalYear, String unitName, List<BudgetTable> tables) {
    }

    @Schema(description = "The findings of every check on one budget")
    public record ValidationReport(String unitCode, int fiscalYear, int errors, int warnings, int infos,
                                   @Schema(description = "true when no finding is an error") boolean publishable,
                                   List<Finding> findings) {
    }

    @GET
    @Operation(summary = "List budgets", description = "Budgets in (unit code, year) order, filterable by year, region and status; cursor-paginated.")
    @APIResponse(responseCode = "200", description = "A page of budgets",
            content = @Content(schema = @Schema(implementation = BudgetPage.class), examples = @ExampleObject(name = "sample", value = Examples.BUDGET_LIST)))
    @APIResponse(responseCode = "400", description = "A bad query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad limit", value = Examples.VALIDATION_PROBLEM)))
    public Response list(
            @Parameter(description = "Page size, 1 to " + MAX_LIMIT) @QueryParam("limit") @DefaultValue("50") int limit,
            @Parameter(description = "The `next` cursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this fiscal year", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Only units of this region", example = "140404") @QueryParam("region") String region,
            @Parameter(description = "Only this status", example = "PUBLISHED") @QueryParam("status") BudgetStatus status,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Paging.checkLimit(limit, MAX_LIMIT);
        BudgetService.Page page = service.list(after, limit, year, region, status);
        return Paging.withNextLink(Response.ok(new BudgetPage(page.items(), page.next())), uri, page.next()).build();
    }

    @GET
    @Path("/{unitCode}/{year}")
    @Operation(summary = "Get a budget", description = "The whole budget document, exactly as stored (what PUT took, amounts at two decimals).")
    @APIResponse(responseCode = "200", description = "The budget", headers = @Header(name = "ETag", description = "Version of the document", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Budget.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@Parameter(example = "402001") @PathParam("unitCode") String unitCode,
                        @Parameter(example = "2025") @PathParam("year") int year,
                        @jakarta.ws.rs.core.Context Request request) {
        StoredBudget stored = service.find(unitCode, year).orElseThrow(() -> notFound(unitCode, year));
        EntityTag tag = new EntityTag(stored.contentHash());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl cache = cacheControl(stored.budget().status());
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(stored.budget()).tag(tag).cacheControl(cache)
                .lastModified(java.util.Date.from(stored.updatedAt().toInstant())).build();
    }

    @PUT
    @Path("/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a budget",
            description = "Takes the whole budget as one document (idempotent: the same document again changes nothing). "
                    + "Validated before anything is written; a rejected PUT leaves the stored budget exactly as it was. "
                    + "A budget with status PUBLISHED must pass every error-level check, and once published it is frozen. "
                    + "Send If-Match with the ETag you read to avoid overwriting someone else's change.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)", content = @Content(schema = @Schema(implementation = Budget.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the new budget", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Budget.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, an unknown field or enumeration value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The budget is published and frozen", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "frozen", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_PROBLEM)))
    @APIResponse(responseCode = "413", description = "Body over 2 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE_PROBLEM)))
    @APIResponse(responseCode = "415", description = "Not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Well-formed but invalid: negative or over-long amount, more than two decimals, "
            + "unknown code, code at the wrong level, duplicate line, year out of range, unknown unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "negative amount", value = Examples.VALIDATION_PROBLEM)))
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_BUDGET, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_ROLE_PROBLEM),
                    @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM),
                    @ExampleObject(name = "publishing", value = Examples.FORBIDDEN_PUBLISH_PROBLEM)}))
    public Response put(@Parameter(example = "402001") @PathParam("unitCode") String unitCode,
                        @Parameter(example = "2025") @PathParam("year") int year,
                        @Parameter(description = "ETag of the version being replaced") @HeaderParam("If-Match") String ifMatch,
                        Budget budget,
                        @jakarta.ws.rs.core.Context UriInfo uri,
                        @jakarta.ws.rs.core.Context SecurityContext security) {
        if (budget == null) {
            throw new InvalidRequestException("The budget document is missing", List.of(new FieldError("body", "is required")));
        }
        BudgetService.WriteResult result = service.put(unitCode, year, budget, ifMatch, permissions(security));
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePathBuilder().build())
                : Response.ok();
        return response.entity(result.budget()).tag(new EntityTag(unquote(result.etag()))).build();
    }

    @DELETE
    @Path("/{unitCode}/{year}")
    @Operation(summary = "Delete a budget")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_BUDGET, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_ROLE_PROBLEM),
                    @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM),
                    @ExampleObject(name = "publishing", value = Examples.FORBIDDEN_PUBLISH_PROBLEM)}))
    public Response delete(@PathParam("unitCode") String unitCode, @PathParam("year") int year,
                           @jakarta.ws.rs.core.Context SecurityContext security) {
        if (!service.delete(unitCode, year, permissions(security))) {
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
    public Response tables(@Parameter(example = "402001") @PathParam("unitCode") String unitCode,
                           @Parameter(example = "2025") @PathParam("year") int year,
                           @jakarta.ws.rs.core.Context Request request) {
        return derivedView(unitCode, year, request, "tables",
                d -> new BudgetTables(unitCode, year, d.unitName(), d.tables()));
    }

    @GET
    @Path("/{unitCode}/{year}/tables/{number}")
    @Operation(summary = "One disclosure table", description = "Table n (1 to 13) as a grid.")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(schema = @Schema(implementation = BudgetTable.class),
            examples = {@ExampleObject(name = "table 3", value = Examples.TABLE_3), @ExampleObject(name = "empty table 10", value = Examples.TABLE_10)}))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget or table", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response table(@Parameter(example = "402001") @PathParam("unitCode") String unitCode,
                          @Parameter(example = "2025") @PathParam("year") int year,
                          @Parameter(description = "1 to 13", example = "3", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "13"))
                          @PathParam("number") int number,
                          @jakarta.ws.rs.core.Context Request request) {
        if (number < 1 || number > BudgetTableDeriver.TABLE_COUNT) {
            throw new NotFoundException("There are 13 tables; no table " + number);
        }
        return derivedView(unitCode, year, request, "table" + number, d -> d.tables().get(number - 1));
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
    public Response figures(@Parameter(example = "402001") @PathParam("unitCode") String unitCode,
                            @Parameter(example = "2025") @PathParam("year") int year,
                            @jakarta.ws.rs.core.Context Request request) {
        return derivedView(unitCode, year, request, "figures", Derived::figures);
    }

    @GET
    @Path("/{unitCode}/{year}/validation")
    @Operation(summary = "Run every check", description = "Findings of the identities within and across tables 1–13, input against the "
            + "catalogues and authored text, each with a rule id, severity (ERROR blocks publication), a message in Chinese and English and where it is.")
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(schema = @Schema(implementation = ValidationReport.class),
            examples = @ExampleObject(name = "sample", value = Examples.FINDINGS)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response validation(@Parameter(example = "402001") @PathParam("unitCode") String unitCode,
                               @Parameter(example = "2025") @PathParam("year") int year,
                               @jakarta.ws.rs.core.Context Request request) {
        return derivedView(unitCode, year, request, "validation", d -> report(unitCode, year, d.findings()));
    }

    static ValidationReport report(String unitCode, int year, List<Finding> findings) {
        int errors = count(findings, Severity.ERROR);
        return new ValidationReport(unitCode, year, errors, count(findings, Severity.WARNING), count(findings, Severity.INFO),
                errors == 0, findings);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private Response derivedView(String unitCode, int year, Request request, String name, Function<Derived, Object> view) {
        Derived derived = service.derived(unitCode, year).orElseThrow(() -> notFound(unitCode, year));
        EntityTag tag = new EntityTag(unquote(derived.etag()));
        CacheControl cache = cacheControl(derived.budget().status());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        byte[] body = derived.rendered(name, () -> {
            try {
                return json.writeValueAsBytes(view.apply(derived));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the " + name + " view", e);
            }
        });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    /** Drafts must be revalidated every time; a published budget is frozen and may be kept a while. */
    static CacheControl cacheControl(BudgetStatus status) {
        CacheControl cache = new CacheControl();
        if (status == BudgetStatus.PUBLISHED) {
            cache.setMaxAge(300);
        } else {
            cache.setNoCache(true);
            cache.setPrivate(true);
        }
        return cache;
    }

    /** Drafts: editor or admin; publishing and published budgets: publisher or admin (docs/identity.md). */
    static BudgetPermissions permissions(SecurityContext security) {
        boolean admin = security.isUserInRole(Roles.ADMIN);
        return new BudgetPermissions(admin || security.isUserInRole(Roles.EDITOR), admin || security.isUserInRole(Roles.PUBLISHER));
    }

    private static NotFoundException notFound(String unitCode, int year) {
        return new NotFoundException("No " + year + " budget of unit " + unitCode);
    }

    private static String unquote(String etag) {
        return etag.startsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
