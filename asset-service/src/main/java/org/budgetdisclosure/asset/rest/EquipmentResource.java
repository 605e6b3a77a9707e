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
import org.budgetdisclosure.asset.Equipment;
import org.budgetdisclosure.asset.mapping.RequestParser;
import org.budgetdisclosure.asset.mapping.Views;
import org.budgetdisclosure.asset.security.Roles;
import org.budgetdisclosure.asset.service.AssetService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/assets/{unitCode}/equipment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment", description = "通用设备 register of a unit; counts at or above 50万 and 100万 yuan are derived from it")
public class EquipmentResource {

    private final AssetService service;
    private final Etags etags;
    private final RegisterEndpoints<Equipment, Api.EquipmentView> equipment;

    public EquipmentResource(AssetService service, Etags etags, Reads reads) {
        this.service = service;
        this.etags = etags;
        this.equipment = new RegisterEndpoints<>(etags, reads, "equipment", Equipment::equipmentId, Views::equipment,
                service::equipment, service::allEquipment, service::equipmentItem, service::putEquipment, service::deleteEquipment);
    }

    @GET
    @Operation(summary = "List a unit's registered equipment, in equipmentId order (cursor pagination, at most 200 per page)")
    @APIResponse(responseCode = "200", description = "A page of equipment items; Link rel=\"next\" when more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.Page.class),
                    examples = @ExampleObject(name = "sample", value = Examples.EQUIPMENT_PAGE)))
    @APIResponse(responseCode = "404", description = "Not a viewer, editor, publisher or admin of the unit (the register is working data; the published snapshots state what is public)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "400", description = "Bad cursor, a limit outside 1–200 or not a number, or an unknown query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "422", description = "Bad unit code, or a control character in a query value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response list(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "Page size, 1–200 (default 50)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200")) @QueryParam("limit") Integer limit,
                         @Parameter(description = "Cursor from the previous page's next", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 128)) @QueryParam("after") String after,
                         @Context UriInfo uriInfo) {
        return equipment.list(Keys.unitCode(unitCode), limit, after, uriInfo);
    }

    @PUT
    @Operation(summary = "Replace a unit's whole equipment register (an empty list clears it); concurrency is per item (If-Match on the item PUT)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Api.EquipmentRegisterInput.class),
            examples = @ExampleObject(name = "sample", value = Examples.EQUIPMENT_REGISTER_INPUT)))
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too-large", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "422", description = "Breaks a rule (duplicate id, bad classification code, bad amount, future date); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "412", description = "If-Match does not match, or If-None-Match: * and it exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing on an update or delete of existing content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response putRegister(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                                @Parameter(description = "The register's ETag (GET of the register); required when the register is not empty (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch,
                                @Parameter(description = "* to create only (412 when the register is not empty)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch,
                                Api.EquipmentRegisterInput body) {
        String unit = Keys.unitCode(unitCode);
        List<Equipment> items = RequestParser.equipmentRegister(Keys.requireBody(body), service.today());
        service.putEquipmentRegister(unit, items, etags.registerGuard(ifMatch, ifNoneMatch, Views::equipment));
        return Response.noContent().build();
    }

    @GET
    @Path("/{equipmentId}")
    @Operation(summary = "Get one registered item of equipment")
    @APIResponse(responseCode = "200", description = "The item (strong ETag)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Api.EquipmentView.class), examples = @ExampleObject(name = "equipment", value = Examples.EQUIPMENT)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    public Response get(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                        @Parameter(description = "Register id", example = "E-001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[A-Za-z0-9._-]{1,64}$", maxLength = 64)) @PathParam("equipmentId") String equipmentId,
                        @Parameter(description = "ETag held by the client", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch) {
        return equipment.get(Keys.unitCode(unitCode), equipmentId, ifNoneMatch);
    }

    @PUT
    @Path("/{equipmentId}")
    @Operation(summary = "Create or replace one registered item of equipment")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Api.EquipmentInput.class),
            examples = @ExampleObject(name = "equipment", value = Examples.EQUIPMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Api.EquipmentView.class), examples = @ExampleObject(name = "equipment", value = Examples.EQUIPMENT)))
    @APIResponse(responseCode = "201", description = "Created (Location header)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Api.EquipmentView.class), examples = @ExampleObject(name = "equipment", value = Examples.EQUIPMENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too-large", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "422", description = "Breaks a rule (bad classification code, negative or over-precise original value, future date); nothing stored",
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
    public Response put(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                        @Parameter(description = "Register id", example = "E-001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[A-Za-z0-9._-]{1,64}$", maxLength = 64)) @PathParam("equipmentId") String equipmentId,
                        @Parameter(description = "ETag the change is based on; required when it exists (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch,
                        @Parameter(description = "* to create only (412 when it exists)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch,
                        Api.EquipmentInput body, @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        Equipment item = RequestParser.equipment(equipmentId, Keys.requireBody(body), service.today());
        return equipment.put(unit, item, ifMatch, ifNoneMatch, uriInfo);
    }

    @DELETE
    @Path("/{equipmentId}")
    @Operation(summary = "Remove an item from the register (a disposal is better recorded as status DISPOSED)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
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
    public Response delete(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "Register id", example = "E-001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[A-Za-z0-9._-]{1,64}$", maxLength = 64)) @PathParam("equipmentId") String equipmentId,
                           @Parameter(description = "ETag the deletion is based on; required (428 without it)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-Match") String ifMatch) {
        return equipment.delete(Keys.unitCode(unitCode), equipmentId, ifMatch);
    }
}
