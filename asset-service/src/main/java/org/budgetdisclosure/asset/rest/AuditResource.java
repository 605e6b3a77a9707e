package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.api.Api;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.entity.AuditEntity;
import org.budgetdisclosure.asset.security.Roles;
import org.budgetdisclosure.asset.service.AuditLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The append-only audit log, for admins: newest first, cursor-paginated. {@code /api/v1/assets/audit} has one
 * segment after {@code assets}; every unit path has at least two ({unitCode}/vehicles, {unitCode}/{year}), so
 * the two never meet.
 */
@Path("/api/v1/assets/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The audit log (every successful write, publish and withdrawal), newest first; admin only")
    @APIResponse(responseCode = "200", description = "A page; Link rel=\"next\" when more follow", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Api.AuditPage.class), examples = @ExampleObject(name = "publish", value = Examples.AUDIT_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad cursor, a limit outside 1–200 or not a number, or an unknown query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "422", description = "Bad unit code, or a control character in a query value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response list(@Parameter(description = "Only this unit's entries", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @QueryParam("unitCode") String unitCode,
                         @Parameter(description = "Cursor from the previous page's next", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 128)) @QueryParam("after") String after,
                         @Parameter(description = "Page size, 1–200 (default 50)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200")) @QueryParam("limit") Integer limit,
                         @Context UriInfo uriInfo) {
        String unit = unitCode == null ? null : Keys.unitCode(unitCode);
        Long afterId = null;
        if (after != null) {
            if (!after.matches("[1-9][0-9]{0,17}")) {
                throw ApiProblem.malformed("after is not a cursor from this API",
                        List.of(new FieldError("after", "is not a cursor returned by this API")));
            }
            afterId = Long.parseLong(after);
        }
        int size = Keys.limit(limit);
        List<AuditEntity> rows = audit.page(unit, afterId, size + 1);
        boolean more = rows.size() > size;
        List<AuditEntity> page = more ? rows.subList(0, size) : rows;
        String next = more ? String.valueOf(page.get(page.size() - 1).id) : null;
        Response.ResponseBuilder response = Response.ok(new Api.AuditPage(page.stream().map(AuditResource::view).toList(), next))
                .header("Cache-Control", Reads.CACHE_DRAFT);
        if (next != null) {
            response.link(uriInfo.getRequestUriBuilder().replaceQueryParam("limit", size)
                    .replaceQueryParam("after", next).build(), "next");
        }
        return response.build();
    }

    private static Api.AuditEntryView view(AuditEntity e) {
        return new Api.AuditEntryView(e.id, e.at, e.actor, e.roles, e.action, e.method, e.path, e.unitCode,
                e.fiscalYear, e.resource, e.beforeHash, e.afterHash, e.requestId);
    }
}
