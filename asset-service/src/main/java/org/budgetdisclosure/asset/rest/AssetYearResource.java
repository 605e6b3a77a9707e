package org.budgetdisclosure.asset.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.AssetStatement;
import org.budgetdisclosure.asset.ConsistencyRules;
import org.budgetdisclosure.asset.ProcurementPlan;
import org.budgetdisclosure.asset.PurchasedServicesCatalogue;
import org.budgetdisclosure.asset.mapping.AssetGrids;
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

    public AssetYearResource(AssetService service, Etags etags) {
        this.service = service;
        this.etags = etags;
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
    @APIResponse(responseCode = "404", description = "Nothing stated for the unit and year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range (2000–2099) or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response snapshot(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                             @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                             @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.okOrNotFound(service.snapshot(unit, fy).map(Views::snapshot), ifNoneMatch,
                "Nothing is stated for unit " + unit + " in " + fy);
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
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response validation(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                               @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                               @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.ok(Views.validation(unit, fy, service.findings(unit, fy)), ifNoneMatch);
    }

    // ---- grids ------------------------------------------------------------------------------

    @GET
    @Path("/grids/vehicles")
    @Tag(name = "Grids")
    @Operation(summary = "公务用车 table: 编制/实有 by category in the disclosure's order")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.Grid.class), examples = @ExampleObject(name = "402001-2025", value = Examples.VEHICLES_GRID)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No asset statement for the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response vehiclesGrid(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                 @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                 @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.okOrNotFound(service.snapshot(unit, fy).filter(s -> s.vehicles() != null)
                .map(s -> AssetGrids.vehicles(fy, s.unitName(), s.asOfDate(), s.vehicles())),
                ifNoneMatch, noStatement(unit, fy));
    }

    @GET
    @Path("/grids/assets")
    @Tag(name = "Grids")
    @Operation(summary = "Office space (m²) and general equipment ≥50万/≥100万 table")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.Grid.class), examples = @ExampleObject(name = "402001-2025", value = Examples.ASSETS_GRID)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No asset statement for the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response assetsGrid(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                               @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                               @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.okOrNotFound(service.snapshot(unit, fy).filter(s -> s.buildings() != null)
                .map(s -> AssetGrids.buildingsAndEquipment(fy, s.unitName(), s.asOfDate(), s.buildings(), s.equipment())),
                ifNoneMatch, noStatement(unit, fy));
    }

    @GET
    @Path("/grids/procurement")
    @Tag(name = "Grids")
    @Operation(summary = "政府采购预算 table in 万元: total, goods, works, services, items and SME set-asides")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.Grid.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT_GRID)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No procurement budget for the year", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response procurementGrid(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                    @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                    @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        ConsistencyRules.Subject subject = service.subject(unit, fy);
        if (subject.plan() == null) {
            throw ApiProblem.notFound(noProcurement(unit, fy));
        }
        String unitName = subject.statement() == null ? null : subject.statement().unitName();
        return etags.ok(AssetGrids.procurement(fy, unitName, subject.plan()), ifNoneMatch);
    }

    // ---- statement ---------------------------------------------------------------------------

    @GET
    @Path("/statement")
    @Tag(name = "Statements")
    @Operation(summary = "The unit's asset statement for the year: as-of date, vehicle quota (编制), floor areas, reported counts")
    @APIResponse(responseCode = "200", description = "The statement (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.StatementView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.STATEMENT)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response getStatement(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                 @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                 @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.okOrNotFound(service.statement(unit, fy).map(s -> Views.statement(unit, fy, s)), ifNoneMatch,
                noStatement(unit, fy));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putStatement(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                 @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                 @Parameter(description = "ETag the change is based on") @HeaderParam("If-Match") String ifMatch,
                                 Api.StatementInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        AssetStatement statement = RequestParser.statement(fy, Keys.requireBody(body));
        AssetService.Outcome outcome = service.putStatement(unit, fy, statement,
                etags.ifMatch(ifMatch, s -> Views.statement(unit, fy, s)));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response deleteStatement(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                    @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                    @Parameter(description = "ETag the deletion is based on") @HeaderParam("If-Match") String ifMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return Etags.deleted(service.deleteStatement(unit, fy, etags.ifMatch(ifMatch, s -> Views.statement(unit, fy, s))),
                noStatement(unit, fy));
    }

    // ---- procurement --------------------------------------------------------------------------

    @GET
    @Path("/procurement")
    @Tag(name = "Procurement")
    @Operation(summary = "The year's procurement budget (政府采购预算): items and derived totals")
    @APIResponse(responseCode = "200", description = "The plan (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.ProcurementPlanView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PROCUREMENT)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response getProcurement(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                   @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                   @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.okOrNotFound(service.procurement(unit, fy).map(p -> Views.procurement(unit, fy, p)), ifNoneMatch,
                noProcurement(unit, fy));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putProcurement(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                   @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                   @Parameter(description = "ETag the change is based on") @HeaderParam("If-Match") String ifMatch,
                                   Api.ProcurementPlanInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        ProcurementPlan plan = RequestParser.procurement(Keys.requireBody(body));
        AssetService.Outcome outcome = service.putProcurement(unit, fy, plan,
                etags.ifMatch(ifMatch, p -> Views.procurement(unit, fy, p)));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response deleteProcurement(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                      @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                      @Parameter(description = "ETag the deletion is based on") @HeaderParam("If-Match") String ifMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return Etags.deleted(service.deleteProcurement(unit, fy, etags.ifMatch(ifMatch, p -> Views.procurement(unit, fy, p))),
                noProcurement(unit, fy));
    }

    // ---- purchased services -------------------------------------------------------------------

    @GET
    @Path("/purchased-services")
    @Tag(name = "Purchased services")
    @Operation(summary = "The unit's guiding catalogue of government-purchased services (政府购买服务指导性目录) for the year")
    @APIResponse(responseCode = "200", description = "The catalogue (strong ETag)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.PurchasedServicesView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.PURCHASED_SERVICES)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "Not stated", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response getPurchasedServices(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                         @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return etags.okOrNotFound(service.purchasedServices(unit, fy).map(c -> Views.purchasedServices(unit, fy, c)),
                ifNoneMatch, noCatalogue(unit, fy));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putPurchasedServices(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                         @Parameter(description = "ETag the change is based on") @HeaderParam("If-Match") String ifMatch,
                                         Api.PurchasedServicesInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        PurchasedServicesCatalogue catalogue = RequestParser.purchasedServices(Keys.requireBody(body));
        AssetService.Outcome outcome = service.putPurchasedServices(unit, fy, catalogue,
                etags.ifMatch(ifMatch, c -> Views.purchasedServices(unit, fy, c)));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response deletePurchasedServices(@Parameter(description = "Unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                            @Parameter(description = "Fiscal year", example = "2025") @PathParam("year") String year,
                                            @Parameter(description = "ETag the deletion is based on") @HeaderParam("If-Match") String ifMatch) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        return Etags.deleted(service.deletePurchasedServices(unit, fy,
                etags.ifMatch(ifMatch, c -> Views.purchasedServices(unit, fy, c))), noCatalogue(unit, fy));
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
