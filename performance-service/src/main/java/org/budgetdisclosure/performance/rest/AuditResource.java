package org.budgetdisclosure.performance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.repository.AuditRepository;
import org.budgetdisclosure.performance.repository.entity.AuditEntryEntity;
import org.budgetdisclosure.performance.rest.model.AuditEntry;
import org.budgetdisclosure.performance.rest.model.Page;
import org.budgetdisclosure.performance.rest.model.Problem;
import org.budgetdisclosure.performance.security.Roles;
import org.budgetdisclosure.performance.security.UnitScope;
import org.budgetdisclosure.performance.service.ValidationFailedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/** The audit log of every write, newest first (admin only). */
@Path("/api/v1/performance/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only log of every write")
public class AuditResource {

    private static final Pattern CURSOR = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final AuditRepository entries;
    private final DraftAccess access;

    public AuditResource(AuditRepository entries, DraftAccess access) {
        this.entries = entries;
        this.access = access;
    }

    @GET
    @Operation(summary = "Read the audit log, newest first",
            description = "admin only. An admin whose units are not * must name a unitCode in scope.")
    @APIResponse(responseCode = "200", description = "A page of entries; next is the cursor of the following page",
            content = @Content(schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "page", value = Examples.AUDIT)))
    @APIResponse(responseCode = "422", description = "Bad unitCode, limit or cursor", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Not an admin, or the unit is outside the token's scope", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE)))
    public Response read(@Parameter(description = "only this unit", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @QueryParam("unitCode") String unitCode,
                         @Parameter(description = "cursor from the previous page's next", schema = @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{0,17}$", maxLength = 18)) @QueryParam("after") String after,
                         @Parameter(description = "page size, 1–200, default 50", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200")) @QueryParam("limit") Integer limit) {
        if (unitCode != null && !UNIT.matcher(unitCode).matches()) {
            throw new ValidationFailedException("Bad unit code", List.of(new FieldError("unitCode", "must match [A-Za-z0-9_-]{1,32}")));
        }
        if (after != null && !CURSOR.matcher(after).matches()) {
            throw new ValidationFailedException("Bad cursor", List.of(new FieldError("after", "is not a cursor from this API")));
        }
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > 200) {
            throw new ValidationFailedException("Bad page size", List.of(new FieldError("limit", "must be between 1 and 200")));
        }
        List<String> scope = access.units();
        if (!scope.contains("*") && (unitCode == null || !UnitScope.covers(scope, unitCode))) {
            throw new org.budgetdisclosure.performance.service.ForbiddenScopeException(unitCode == null
                    ? "This admin token is scoped to some units; name one of them in unitCode"
                    : "The token's unit scope does not cover unit " + unitCode);
        }
        List<AuditEntryEntity> found = entries.page(unitCode, after == null ? null : Long.parseLong(after), size + 1);
        List<AuditEntryEntity> page = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size ? String.valueOf(page.get(page.size() - 1).getId()) : null;
        List<AuditEntry> items = page.stream().map(e -> new AuditEntry(e.getId(),
                e.getAt().withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.getActor(),
                e.getRoles(), e.getAction(), e.getMethod(), e.getPath(), e.getUnitCode(), e.getFiscalYear(), e.getResource(),
                e.getBeforeHash(), e.getAfterHash(), e.getRequestId())).toList();
        return Response.ok(new Page<>(items, next)).header(HttpHeaders.CACHE_CONTROL, PartReads.PRIVATE).build();
    }
}
