package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.api.Api;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.Finding;
import org.budgetdisclosure.asset.entity.RevisionEntity;
import org.budgetdisclosure.asset.security.Roles;
import org.budgetdisclosure.asset.service.PublicationService;
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

/**
 * Revisions of the unit-year's asset part (docs/publication.md): list, read, freeze the draft as revision n,
 * withdraw. A revision's content is the stored JSON text, served as it is.
 */
@Path("/api/v1/assets/{unitCode}/{year}/revisions")
@Tag(name = "Revisions")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final PublicationService publication;
    private final Reads reads;
    private final ObjectMapper mapper;

    public RevisionResource(PublicationService publication, Reads reads, ObjectMapper mapper) {
        this.publication = publication;
        this.reads = reads;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The unit-year's revisions of the asset part, newest first (draftHash only for callers who may read the draft)")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.RevisionList.class), examples = @ExampleObject(name = "402001-2025", value = Examples.REVISION_LIST)))
    @APIResponse(responseCode = "400", description = "Year is not an integer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No revision (to callers who may not read the draft)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response list(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        List<RevisionEntity> revisions = publication.list(unit, fy);
        boolean draftReader = reads.mayReadDraft(unit);
        if (revisions.isEmpty() && !draftReader) {
            throw ApiProblem.notFound(nothingPublished(unit, fy));
        }
        String draftHash = draftReader ? publication.draft(unit, fy).hash() : null;
        Api.RevisionList body = new Api.RevisionList(unit, fy, revisions.isEmpty() ? null : revisions.get(0).revision,
                draftHash, revisions.stream().map(this::view).toList());
        return Response.ok(body).header("Cache-Control", draftReader ? Reads.CACHE_DRAFT : Reads.CACHE_LATEST).build();
    }

    @GET
    @Path("/{n}")
    @Operation(summary = "Revision n: its metadata and the frozen content (snapshot, grids, statement, procurement, purchasedServices)")
    @APIResponse(responseCode = "200", description = "The revision; Publication-Revision: n", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.RevisionContentView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.REVISION_CONTENT)))
    @APIResponse(responseCode = "400", description = "Year or n is not a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such revision", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    public Response get(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                        @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                        @Parameter(description = "Revision number", example = "1", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[1-9][0-9]{0,5}$", maxLength = 6)) @PathParam("n") String n) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        int number = Keys.revision(n);
        RevisionEntity revision = publication.revision(unit, fy, number)
                .orElseThrow(() -> ApiProblem.notFound(noRevision(unit, fy, number)));
        Api.RevisionView meta = view(revision);
        return Response.ok(new Api.RevisionContentView(meta.revision(), meta.state(), meta.publishedAt(), meta.publishedBy(),
                        meta.contentHash(), meta.changes(), meta.withdrawal(), revision.content))
                .header(Reads.PUBLICATION_REVISION, number).header("Cache-Control", Reads.CACHE_LATEST).build();
    }

    @PUT
    @Path("/{n}")
    @Operation(summary = "Freeze the current draft as revision n (n = latest + 1: 201; n = latest with the same content: 200; else 409)")
    @APIResponse(responseCode = "201", description = "Frozen as revision n (Location)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.RevisionView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.REVISION)))
    @APIResponse(responseCode = "200", description = "Revision n already holds the draft's content (a replay of the same publish)", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.RevisionView.class), examples = @ExampleObject(name = "402001-2025", value = Examples.REVISION)))
    @APIResponse(responseCode = "400", description = "Year or n is not a number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "409", description = "n is not the next revision (or the draft differs from revision n), or the draft has error findings (in errors)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "conflict", value = Examples.PROBLEM_409_REVISION)))
    @APIResponse(responseCode = "412", description = "If-None-Match: * and revision n exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "422", description = "Year out of range or bad unit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response freeze(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                           @Parameter(description = "Revision number", example = "1", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[1-9][0-9]{0,5}$", maxLength = 6)) @PathParam("n") String n,
                           @Parameter(description = "* to refuse a replay (412 when revision n exists)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1024)) @HeaderParam("If-None-Match") String ifNoneMatch,
                           @Context UriInfo uriInfo) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        int number = Keys.revision(n);
        PublicationService.Frozen frozen;
        try {
            frozen = publication.freeze(unit, fy, number, ifNoneMatch != null && ifNoneMatch.trim().equals("*"));
        } catch (PublicationService.FreezeRefused refused) {
            throw refusal(unit, fy, number, refused);
        }
        Response.ResponseBuilder response = frozen.created() ? Response.created(uriInfo.getRequestUri()) : Response.ok();
        return response.entity(view(frozen.revision())).header(Reads.PUBLICATION_REVISION, number).build();
    }

    @DELETE
    @Path("/{n}")
    @Operation(summary = "Always refused: a frozen revision is never deleted (withdraw it instead)")
    @APIResponse(responseCode = "409", description = "Revisions are never deleted", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "conflict", value = Examples.PROBLEM_409_FROZEN)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response delete(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                           @Parameter(description = "Revision number", example = "1", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[1-9][0-9]{0,5}$", maxLength = 6)) @PathParam("n") String n) {
        Keys.unitCode(unitCode);
        Keys.year(year);
        Keys.revision(n);
        throw ApiProblem.conflict("A revision is frozen: it is never changed or deleted; withdraw it, or publish the next revision",
                List.of(new FieldError("n", "is a frozen revision")));
    }

    @POST
    @Path("/{n}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw revision n (stays retrievable with the notice; latest falls back to the newest not withdrawn). Repeating it changes nothing")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Api.WithdrawalInput.class),
            examples = @ExampleObject(name = "reason", value = Examples.WITHDRAWAL_INPUT)))
    @APIResponse(responseCode = "200", description = "The revision, withdrawn", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Api.RevisionView.class), examples = @ExampleObject(name = "withdrawn", value = Examples.REVISION_WITHDRAWN)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such revision", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "too-large", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "422", description = "reason missing, blank or over 2000 characters", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403)))
    public Response withdraw(@Parameter(description = "Unit code", example = "402001", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9A-Za-z]{1,32}$", maxLength = 32)) @PathParam("unitCode") String unitCode,
                             @Parameter(description = "Fiscal year, 2000–2099", example = "2025", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
                             @Parameter(description = "Revision number", example = "1", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[1-9][0-9]{0,5}$", maxLength = 6)) @PathParam("n") String n,
                             Api.WithdrawalInput body) {
        String unit = Keys.unitCode(unitCode);
        int fy = Keys.year(year);
        int number = Keys.revision(n);
        String reason = Keys.requireBody(body).reason();
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw ApiProblem.invalid("reason must be 1–2000 characters",
                    List.of(new FieldError("reason", "must be 1–2000 characters, not blank")));
        }
        RevisionEntity revision = publication.withdraw(unit, fy, number, reason)
                .orElseThrow(() -> ApiProblem.notFound(noRevision(unit, fy, number)));
        return Response.ok(view(revision)).header(Reads.PUBLICATION_REVISION, number).build();
    }

    // ---------------------------------------------------------------------------------------------

    private Api.RevisionView view(RevisionEntity r) {
        Api.ChangesView changes;
        try {
            changes = mapper.readValue(r.changes, Api.ChangesView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored changes do not parse", e);
        }
        return new Api.RevisionView(r.revision, r.withdrawn() ? "WITHDRAWN" : "PUBLISHED", r.publishedAt, r.publishedBy,
                r.contentHash, changes,
                r.withdrawn() ? new Api.WithdrawalView(r.withdrawnAt, r.withdrawnBy, r.withdrawalReason) : null);
    }

    private static ApiProblem refusal(String unit, int fy, int n, PublicationService.FreezeRefused refused) {
        return switch (refused.decision) {
            case PRECONDITION_FAILED -> new ApiProblem(412, "precondition-failed", "Precondition failed",
                    "Revision " + n + " exists (If-None-Match: *)", List.of(new FieldError("If-None-Match", "revision " + n + " exists")));
            case DRAFT_DIFFERS -> ApiProblem.conflict("Revision " + n + " is frozen with other content; the next revision is "
                    + refused.expectedNext, List.of(new FieldError("n", "expected " + refused.expectedNext)));
            case WRONG_NUMBER -> ApiProblem.conflict("The next revision of unit " + unit + " in " + fy + " is "
                    + refused.expectedNext + ", not " + n, List.of(new FieldError("n", "expected " + refused.expectedNext)));
            default -> ApiProblem.conflict("The draft has error findings; nothing was published",
                    refused.findings.stream().map(RevisionResource::error).toList());
        };
    }

    private static FieldError error(Finding f) {
        return new FieldError(f.location() == null ? f.ruleId() : f.location(), f.ruleId() + ": " + f.messageEn());
    }

    private static String nothingPublished(String unit, int fy) {
        return "Nothing is published for unit " + unit + " in " + fy;
    }

    private static String noRevision(String unit, int fy, int n) {
        return "No revision " + n + " of unit " + unit + " in " + fy;
    }
}
