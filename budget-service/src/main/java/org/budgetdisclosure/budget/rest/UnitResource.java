package org.budgetdisclosure.budget.rest;

import org.budgetdisclosure.budget.Limits;
import jakarta.annotation.security.RolesAllowed;
import org.budgetdisclosure.budget.security.Roles;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.service.InvalidRequestException;
import org.budgetdisclosure.budget.service.NotFoundException;
import org.budgetdisclosure.budget.service.UnitService;
import org.budgetdisclosure.budget.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Budget units and their overview data (职责, 机构设置, 编制). */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Budget units (预算单位) and their overview")
public class UnitResource {

    private final UnitService service;

    UnitResource(UnitService service) {
        this.service = service;
    }

    public record UnitPage(@Schema(maxItems = Limits.PAGE) List<Unit> items, @Schema(nullable = true, maxLength = Limits.CURSOR) String next) {
    }

    @GET
    @Operation(summary = "List units", description = "Units in code order, filterable by region and by a part of the name; cursor-paginated.")
    @APIResponse(responseCode = "200", description = "A page of units", content = @Content(schema = @Schema(implementation = UnitPage.class),
            examples = @ExampleObject(name = "sample", value = Examples.UNIT_LIST)))
    @APIResponse(responseCode = "422", description = "limit out of range", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") @DefaultValue("50") int limit,
                         @Parameter(description = "The `next` cursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CURSOR)) @QueryParam("after") String after,
                         @Parameter(example = "140404", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.REGION, pattern = Limits.REGION_PATTERN)) @QueryParam("region") String region,
                         @Parameter(description = "Part of the name", example = "中小企业", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.NAME)) @QueryParam("name") String name,
                         @Context UriInfo uri) {
        Paging.checkLimit(limit, BudgetResource.MAX_LIMIT);
        Paging.checkCursor(after);
        Paging.checkRegion(region);
        Paging.checkLength("name", name, Limits.NAME);
        UnitService.Page page = service.list(after, limit, region, name);
        return Paging.withNextLink(Response.ok(new UnitPage(page.items(), page.next())), uri, page.next()).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a unit")
    @APIResponse(responseCode = "200", description = "The unit", content = @Content(schema = @Schema(implementation = Unit.class)),
            headers = @Header(name = "ETag", description = "What If-Match names on PUT and DELETE", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.ETAG_OUT)))
    @APIResponse(responseCode = "404", description = "No such unit", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("code") String code) {
        UnitService.Tagged unit = service.findTagged(code).orElseThrow(() -> new NotFoundException("No unit " + code));
        return Response.ok(unit.unit()).tag(new jakarta.ws.rs.core.EntityTag(unquote(unit.etag()))).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a unit", description = "The whole unit with its duties and staffing. An update needs If-Match "
            + "with the unit's ETag (428 without, 412 when it is not the current one); a create takes If-None-Match: * or no precondition "
            + "(412 when the unit exists, also for the loser of two concurrent creates). Published revisions keep the unit as it was.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Unit.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the new unit", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Limits.LOCATION)),
            content = @Content(schema = @Schema(implementation = Unit.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Invalid unit", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag, or If-None-Match: * and the unit exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "An update without If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_REFERENCE_PROBLEM),
                    @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM)}))
    public Response put(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("code") String code,
                        @Parameter(description = "ETag of the unit being replaced (required for an update)",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam("If-Match") String ifMatch,
                        @Parameter(description = "`*`: create only", schema = @Schema(type = SchemaType.STRING, enumeration = {"*"}))
                        @HeaderParam("If-None-Match") String ifNoneMatch,
                        Unit unit, @Context UriInfo uri) {
        if (unit == null) {
            throw new InvalidRequestException("The unit is missing", List.of(new FieldError("body", "is required")));
        }
        boolean created = service.put(code, unit, ifMatch, ifNoneMatch);
        UnitService.Tagged stored = service.findTagged(code).orElseThrow();
        return (created ? Response.created(uri.getAbsolutePathBuilder().build()) : Response.ok()).entity(stored.unit())
                .tag(new jakarta.ws.rs.core.EntityTag(unquote(stored.etag()))).build();
    }

    private static String unquote(String etag) {
        return etag.substring(1, etag.length() - 1);
    }

    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a unit", description = "Only a unit without draft budgets and without published revisions can be deleted; "
            + "needs If-Match with the unit's ETag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such unit", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The unit still has draft budgets or published revisions", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "published", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_UNIT, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {@ExampleObject(name = "role", value = Examples.FORBIDDEN_REFERENCE_PROBLEM),
                    @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM)}))
    public Response delete(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("code") String code,
                           @Parameter(description = "ETag of the unit", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
