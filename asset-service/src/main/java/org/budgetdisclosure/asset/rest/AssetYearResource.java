package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.api.Api;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.mapping.PartContent;
import org.budgetdisclosure.asset.mapping.RequestParser;
import org.budgetdisclosure.asset.mapping.Views;
import org.budgetdisclosure.asset.security.Roles;
import org.budgetdisclosure.asset.service.AssetService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Per unit and fiscal year: the asset statement, the procurement budget, the purchased-services
 * catalogue, and what is derived from them (snapshot, validation, grids).
 */
@Path("/api/v1/assets/{unitCode}/{year}")
@SecurityScheme(securitySchemeName = OpenApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = OpenApiSecurity.SCHEME_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetYearResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final AssetService service;
    private final Etags etags;
    private final Reads reads;

    public AssetYearResource(AssetService service, Etags etags, Reads reads) {
        this.service = service;
        this.etags = etags;
        this.reads = reads;
    }

    // ---- snapshot ---------------------------------------------------------------------------

    @GET
    @Tag(name = "Snapshot")
    @Operation(summary = "Everything the disclosure states about the unit's assets, procurement and purchased services for the year")
    @APIResponse(responseCode = "200", description = "The snapshot (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.SnapshotView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.SNAPSHOT)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", description = "Year is not an integer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "Nothing stated for the unit and year, or no such (published) revision, or a draft the caller may not read", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range (2000–2099) or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response snapshot(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                             @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                             @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> service.snapshot(unit, fy).map(Views::snapshot),
                content -> content.get("snapshot"), "Nothing is stated for unit " + unit + " in " + fy);
    }

    @GET
    @Path("/validation")
    @Tag(name = "Snapshot")
    @Operation(summary = "Consistency findings (勾稽关系) for the unit and year: ruleId, severity, messages, location")
    @APIResponse(responseCode = "200", description = "Findings; publishable is false when any has severity ERROR",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Api.ValidationReport.class),
                    examples = @ExampleObject(name = "402001-2025", value = Examples.VALIDATION)))
    @APIResponse(responseCode = "400", description = "Year is not an integer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "Not a viewer, editor, publisher or admin of the unit (findings are of the draft, which is not public)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response validation(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                               @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                               @Parameter(description = "draft (the default; findings exist for the draft only)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"draft"})) @QueryParam("revision") String revision,
                               @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        if (revision != null && !revision.equals("draft")) {
            throw ApiProblem.malformed("validation is of the draft only",
                    List.of(new FieldError("revision", "must be draft or absent: findings exist for the draft only")));
        }
        reads.requireDraftReader(unit, "Nothing is stated for unit " + unit + " in " + fy);
        return Response.fromResponse(etags.ok(Views.validation(unit, fy, service.findings(unit, fy)), ifNoneMatch))
                .header("Cache-Control", Reads.CACHE_DRAFT).build();
    }

    // ---- grids ------------------------------------------------------------------------------

    @GET
    @Path("/grids/vehicles")
    @Tag(name = "Grids")
    @Operation(summary = "公务用车 table: 编制/实有 by category in the disclosure's order")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.Grid.class), examples = @ExampleObject(name = "402001-2025", value = Examples.VEHICLES_GRID)))
    @APIResponse(responseCode = "400", description = "Year is not an integer, or revision is not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No asset statement for the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response vehiclesGrid(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                 @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                 @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> PartContent.vehiclesGrid(fy, service.snapshot(unit, fy)),
                content -> content.path("grids").get("vehicles"), noStatement(unit, fy));
    }

    @GET
    @Path("/grids/assets")
    @Tag(name = "Grids")
    @Operation(summary = "Office space (m²) and general equipment ≥50万/≥100万 table")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.Grid.class), examples = @ExampleObject(name = "402001-2025", value = Examples.ASSETS_GRID)))
    @APIResponse(responseCode = "400", description = "Year is not an integer, or revision is not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No asset statement for the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response assetsGrid(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                               @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                               @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> PartContent.assetsGrid(fy, service.snapshot(unit, fy)),
                content -> content.path("grids").get("assets"), noStatement(unit, fy));
    }

    @GET
    @Path("/grids/procurement")
    @Tag(name = "Grids")
    @Operation(summary = "政府采购预算 table in 万元: total, goods, works, services, items and SME set-asides")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.Grid.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT_GRID)))
    @APIResponse(responseCode = "400", description = "Year is not an integer, or revision is not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No procurement budget for the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response procurementGrid(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                    @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                    @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> PartContent.procurementGrid(service.subject(unit, fy)),
                content -> content.path("grids").get("procurement"), noProcurement(unit, fy));
    }

    // ---- statement ---------------------------------------------------------------------------

    @GET
    @Path("/statement")
    @Tag(name = "Statements")
    @Operation(summary = "The unit's asset statement for the year: as-of date, vehicle quota (编制), floor areas, reported counts")
    @APIResponse(responseCode = "200", description = "The statement (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.StatementView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.STATEMENT)))
    @APIResponse(responseCode = "400", description = "Year is not an integer, or revision is not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response getStatement(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                 @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                 @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> service.statement(unit, fy).map(s -> Views.statement(unit, fy, s)),
                content -> content.get("statement"), noStatement(unit, fy));
    }

    @PUT
    @Path("/statement")
    @Tag(name = "Statements")
    @Operation(summary = "Create or replace the unit's asset statement for the year")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Api.StatementInput.class),
            examples = @ExampleObject(name = "402001-2025", value = Examples.STATEMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.StatementView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.STATEMENT)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.StatementView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.STATEMENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too-large", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "422", description = "Breaks a rule (unknown category, negative count, area with >2 decimals, as-of date far from the year); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putStatement(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                 @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                 @Parameter(description = "ETag the change is based on; required when the resource exists (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch,
                                 @Parameter(description = "* to create only (412 when it exists)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch,
                                 Api.StatementInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        AssetStatement statement = RequestParser.statement(fy, Keys.requireBody(body));
        AssetService.Outcome outcome = service.putStatement(unit, fy, statement,
                etags.guard(ifMatch, ifNoneMatch, s -> Views.statement(unit, fy, s)));
        // Read back so the body shows the stored form (quota in the disclosure's order).
        return etags.written(outcome, Views.statement(unit, fy, service.statement(unit, fy).orElseThrow()), uriInfo);
    }

    @DELETE
    @Path("/statement")
    @Tag(name = "Statements")
    @Operation(summary = "Delete the unit's asset statement for the year")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response deleteStatement(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                    @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                    @Parameter(description = "ETag the deletion is based on; required (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return Etags.deleted(service.deleteStatement(unit, fy, etags.guard(ifMatch, null, s -> Views.statement(unit, fy, s))),
                noStatement(unit, fy));
    }

    // ---- procurement --------------------------------------------------------------------------

    @GET
    @Path("/procurement")
    @Tag(name = "Procurement")
    @Operation(summary = "The year's procurement budget (政府采购预算): items and derived totals")
    @APIResponse(responseCode = "200", description = "The plan (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.ProcurementPlanView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT)))
    @APIResponse(responseCode = "400", description = "Year is not an integer, or revision is not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response getProcurement(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                   @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                   @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> service.procurement(unit, fy).map(p -> Views.procurement(unit, fy, p)),
                content -> content.get("procurement"), noProcurement(unit, fy));
    }

    @PUT
    @Path("/procurement")
    @Tag(name = "Procurement")
    @Operation(summary = "Create or replace the whole year's procurement budget")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Api.ProcurementPlanInput.class),
            examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.ProcurementPlanView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.ProcurementPlanView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too-large", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "422", description = "Breaks a rule (negative or over-precise amount, unknown type, set-aside above amount, totals that do not add up); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putProcurement(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                   @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                   @Parameter(description = "ETag the change is based on; required when the resource exists (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch,
                                 @Parameter(description = "* to create only (412 when it exists)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch,
                                   Api.ProcurementPlanInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        ProcurementPlan plan = RequestParser.procurement(Keys.requireBody(body));
        AssetService.Outcome outcome = service.putProcurement(unit, fy, plan,
                etags.guard(ifMatch, ifNoneMatch, p -> Views.procurement(unit, fy, p)));
        return etags.written(outcome, Views.procurement(unit, fy, plan), uriInfo);
    }

    @DELETE
    @Path("/procurement")
    @Tag(name = "Procurement")
    @Operation(summary = "Delete the year's procurement budget")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response deleteProcurement(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                      @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                      @Parameter(description = "ETag the deletion is based on; required (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return Etags.deleted(service.deleteProcurement(unit, fy, etags.guard(ifMatch, null, p -> Views.procurement(unit, fy, p))),
                noProcurement(unit, fy));
    }

    // ---- purchased services -------------------------------------------------------------------

    @GET
    @Path("/purchased-services")
    @Tag(name = "Purchased services")
    @Operation(summary = "The unit's guiding catalogue of government-purchased services (政府购买服务指导性目录) for the year")
    @APIResponse(responseCode = "200", description = "The catalogue (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.PurchasedServicesView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PURCHASED_SERVICES)))
    @APIResponse(responseCode = "400", description = "Year is not an integer, or revision is not latest, draft or a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response getPurchasedServices(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                         @Parameter(description = "latest (default: the newest published, not withdrawn revision), a revision number, or draft (viewer, editor, publisher, admin of the unit)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^(latest|draft|[1-9][0-9]{0,5})$", maxLength = 7)) @QueryParam("revision") String revision,
                             @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return reads.serve(unit, fy, revision, ifNoneMatch, () -> service.purchasedServices(unit, fy).map(c -> Views.purchasedServices(unit, fy, c)),
                content -> content.get("purchasedServices"), noCatalogue(unit, fy));
    }

    @PUT
    @Path("/purchased-services")
    @Tag(name = "Purchased services")
    @Operation(summary = "Create or replace the year's purchased-services catalogue (entries, or none = true)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Api.PurchasedServicesInput.class),
            examples = @ExampleObject(name = "402001-2025", value = Examples.PURCHASED_SERVICES_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.PurchasedServicesView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PURCHASED_SERVICES)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.PurchasedServicesView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PURCHASED_SERVICES)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too-large", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "422", description = "Breaks a rule (none with entries, neither); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putPurchasedServices(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                         @Parameter(description = "ETag the change is based on; required when the resource exists (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch,
                                 @Parameter(description = "* to create only (412 when it exists)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch,
                                         Api.PurchasedServicesInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        PurchasedServicesCatalogue catalogue = RequestParser.purchasedServices(Keys.requireBody(body));
        AssetService.Outcome outcome = service.putPurchasedServices(unit, fy, catalogue,
                etags.guard(ifMatch, ifNoneMatch, c -> Views.purchasedServices(unit, fy, c)));
        return etags.written(outcome, Views.purchasedServices(unit, fy, catalogue), uriInfo);
    }

    @DELETE
    @Path("/purchased-services")
    @Tag(name = "Purchased services")
    @Operation(summary = "Delete the year's purchased-services catalogue")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response deletePurchasedServices(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                            @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                                            @Parameter(description = "ETag the deletion is based on; required (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return Etags.deleted(service.deletePurchasedServices(unit, fy,
                etags.guard(ifMatch, null, c -> Views.purchasedServices(unit, fy, c))), noCatalogue(unit, fy));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String noStatement(String unit, int year) {
        return "No asset statement for unit " + unit + " in " + year;
    }

    private static String noProcurement(String unit, int year) {
        return "No procurement budget for unit " + unit + " in " + year;
    }

    private static String noCatalogue(String unit, int year) {
        return "No purchased-services catalogue for unit " + unit + " in " + year;
    }
}
