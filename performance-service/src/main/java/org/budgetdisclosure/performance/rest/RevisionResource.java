package org.budgetdisclosure.performance.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.publication.RevisionSelector;
import org.budgetdisclosure.performance.repository.entity.RevisionEntity;
import org.budgetdisclosure.performance.rest.model.Problem;
import org.budgetdisclosure.performance.rest.model.RevisionList;
import org.budgetdisclosure.performance.rest.model.RevisionView;
import org.budgetdisclosure.performance.rest.model.WithdrawalRequest;
import org.budgetdisclosure.performance.security.Roles;
import org.budgetdisclosure.performance.service.ConflictException;
import org.budgetdisclosure.performance.service.NotFoundException;
import org.budgetdisclosure.performance.service.PublicationService;
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

/**
 * Revisions of a unit-year's performance part (docs/publication.md): list, read, freeze the draft as revision n
 * (publisher or admin), withdraw. Frozen content is served exactly as stored.
 */
@Path("/api/v1/performance/{unitCode}/{year}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication", description = "Revisions of the performance part: freeze, read, withdraw")
public class RevisionResource {

    private final PublicationService publication;
    private final PartReads reads;

    public RevisionResource(PublicationService publication, PartReads reads) {
        this.publication = publication;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "List the revisions of the unit-year's performance part, newest first",
            description = "latest is the highest revision number frozen (withdrawn or not); draftHash only to a viewer, "
                    + "editor, publisher or admin whose units cover the unit (their token is verified: a bad one is 401). "
                    + "Anonymous: 404 when no revision exists.")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(
            schema = @Schema(implementation = RevisionList.class), examples = @ExampleObject(name = "402001", value = Examples.REVISIONS)))
    @APIResponse(responseCode = "401", description = "A bearer token that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Nothing published (and the caller may not read the draft)", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        List<RevisionEntity> revisions = publication.revisions(unitCode, year);
        boolean draftReader = reads.mayReadDraft(unitCode);
        if (revisions.isEmpty() && !draftReader) {
            throw PartReads.notPublished(unitCode, year);
        }
        String draftHash = draftReader ? publication.draft(unitCode, year, authorization).hash() : null;
        Integer latest = revisions.isEmpty() ? null : revisions.get(0).getRevision();
        RevisionList list = new RevisionList(unitCode, year, latest, draftHash,
                revisions.stream().map(r -> view(r, false)).toList());
        return Response.ok(list).header(HttpHeaders.CACHE_CONTROL, draftReader ? PartReads.PRIVATE : PartReads.LATEST).build();
    }

    @GET
    @Path("/{revision}")
    @Operation(summary = "Read one revision: its metadata and the frozen part (content), exactly as stored")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(
            schema = @Schema(implementation = RevisionView.class), examples = @ExampleObject(name = "1", value = Examples.REVISION)))
    @APIResponse(responseCode = "404", description = "No such revision", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                        @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                        @Parameter(description = "revision number", example = "1", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION_NUMBER, maxLength = 9)) @PathParam("revision") String revision) {
        RevisionEntity entity = publication.revision(unitCode, year, number(revision))
                .orElseThrow(() -> PartReads.notPublished(unitCode, year));
        return Response.ok(view(entity, true)).header(PartReads.REVISION_HEADER, entity.getRevision())
                .header(HttpHeaders.CACHE_CONTROL, PartReads.LATEST).build();
    }

    @PUT
    @Path("/{revision}")
    @Operation(summary = "Freeze the draft as revision n (publish the performance part)",
            description = "n = latest + 1 (1 when none): the draft is frozen → 201. n = latest with an unchanged draft: "
                    + "200 with that revision (a replay), or 412 under If-None-Match: *. Any other n, or n = latest with a "
                    + "changed draft → 409 naming the next revision. Error-level findings of the draft → 409 with them in "
                    + "errors. No body, or {}.")
    @APIResponse(responseCode = "201", description = "Frozen; Location names the revision", content = @Content(
            schema = @Schema(implementation = RevisionView.class), examples = @ExampleObject(name = "1", value = Examples.REVISION)))
    @APIResponse(responseCode = "200", description = "The same publish again: the revision as frozen", content = @Content(
            schema = @Schema(implementation = RevisionView.class), examples = @ExampleObject(name = "1", value = Examples.REVISION)))
    @APIResponse(responseCode = "404", description = "Not a revision number", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not the next revision, or the draft has error-level findings", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "next", value = Examples.PROBLEM_409_REVISION)))
    @APIResponse(responseCode = "412", description = "If-None-Match: * and revision n exists with the same content", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not publisher or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)))
    public Response freeze(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                           @Parameter(description = "revision number", example = "1", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION_NUMBER, maxLength = 9)) @PathParam("revision") String revision,
                           @Parameter(description = "* : a replay of the same publish is 412 instead of 200", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH))
                           @HeaderParam("If-None-Match") String ifNoneMatch,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Context UriInfo uri) {
        PublicationService.Frozen frozen = publication.freeze(unitCode, year, number(revision),
                ifNoneMatch != null && ifNoneMatch.strip().equals("*"), authorization);
        RevisionView body = view(frozen.revision(), true);
        return (frozen.created() ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(body)
                .header(PartReads.REVISION_HEADER, frozen.revision().getRevision()).build();
    }

    @DELETE
    @Path("/{revision}")
    @Operation(summary = "A frozen revision is never deleted: always 409 (withdraw it instead)")
    @APIResponse(responseCode = "409", description = "Frozen revisions take no DELETE", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not publisher or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)))
    public Response delete(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                           @Parameter(description = "revision number", example = "1", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION_NUMBER, maxLength = 9)) @PathParam("revision") String revision) {
        throw new ConflictException("A frozen revision is never deleted; withdraw it (POST …/revisions/{n}/withdrawal)");
    }

    @POST
    @Path("/{revision}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw revision n (it stays readable with the notice; latest falls back to the newest not withdrawn)",
            description = "Repeating it changes nothing: the first withdrawal's notice stays.")
    @APIResponse(responseCode = "200", description = "The revision, withdrawn", content = @Content(
            schema = @Schema(implementation = RevisionView.class), examples = @ExampleObject(name = "1", value = Examples.REVISION)))
    @APIResponse(responseCode = "404", description = "No such revision", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason, or one over 2000 characters", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not publisher or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)))
    public Response withdraw(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                             @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                             @Parameter(description = "revision number", example = "1", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION_NUMBER, maxLength = 9)) @PathParam("revision") String revision,
                             WithdrawalRequest body) {
        String reason = body == null ? null : body.reason();
        if (reason == null || reason.isBlank() || org.budgetdisclosure.performance.mapping.FieldLimits.tooLong(reason, org.budgetdisclosure.performance.mapping.FieldLimits.WITHDRAWAL_REASON)) {
            throw new ValidationFailedException("The withdrawal needs a reason",
                    List.of(new FieldError("reason", "is required, 1 to 2000 characters")));
        }
        int n = number(revision);
        RevisionEntity entity = publication.withdraw(unitCode, year, n, reason);
        return Response.ok(view(entity, true)).header(PartReads.REVISION_HEADER, entity.getRevision()).build();
    }

    /** A revision number as the path writes it (ASCII digits, no sign, no leading zero), else 404. */
    private static int number(String value) {
        RevisionSelector selector = RevisionSelector.parse(value).orElse(null);
        if (selector == null || selector.kind() != RevisionSelector.Kind.NUMBER) {
            throw new NotFoundException("No revision " + value);
        }
        return selector.number();
    }

    private RevisionView view(RevisionEntity r, boolean withContent) {
        RevisionView.Withdrawal withdrawal = r.isWithdrawn()
                ? new RevisionView.Withdrawal(instant(r.getWithdrawnAt()), r.getWithdrawnBy(), r.getWithdrawalReason()) : null;
        return new RevisionView(r.getRevision(), r.isWithdrawn() ? "WITHDRAWN" : "PUBLISHED", instant(r.getPublishedAt()),
                r.getPublishedBy(), r.getContentHash(), publication.changes(r), withdrawal, withContent ? r.getContent() : null);
    }

    private static String instant(java.time.OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
