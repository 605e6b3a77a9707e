package org.budgetdisclosure.budget.rest;

import org.budgetdisclosure.budget.Limits;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.budget.publication.FrozenContent;
import org.budgetdisclosure.budget.publication.Glossary;
import org.budgetdisclosure.budget.publication.RevisionChanges;
import org.budgetdisclosure.budget.publication.StoredRevision;
import org.budgetdisclosure.budget.security.Roles;
import org.budgetdisclosure.budget.service.NotFoundException;
import org.budgetdisclosure.budget.service.PublicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Revisions of the budget part (docs/publication.md): list, read, freeze the draft as revision n, withdraw. */
@Path("/api/v1/budgets/{unitCode}/{year}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions", description = "Published revisions of a unit-year's budget part: frozen, hashed, withdrawable")
public class RevisionResource {

    private final PublicationService publication;
    private final CurrentIdentityAssociation identities;

    RevisionResource(PublicationService publication, CurrentIdentityAssociation identities) {
        this.publication = publication;
        this.identities = identities;
    }

    @Schema(description = "Withdrawal notice of a revision")
    public record Withdrawal(@Schema(example = "2025-06-01T08:00:00Z") OffsetDateTime at,
                             @Schema(description = "The token's sub", example = "publisher-402001", maxLength = Limits.ACTOR) String by,
                             @Schema(maxLength = PublicationService.MAX_REASON, example = "依法撤回") String reason) {
    }

    @Schema(description = "Metadata of one revision")
    public record RevisionMetadata(
            @Schema(example = "1", minimum = "1", maximum = Limits.REVISIONS_MAX) int revision,
            @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}, example = "PUBLISHED") String state,
            @Schema(example = "2025-05-14T01:00:00Z") OffsetDateTime publishedAt,
            @Schema(description = "The publishing token's sub", example = "publisher-402001", maxLength = Limits.ACTOR) String publishedBy,
            @Schema(description = "sha256:<hex> over the stored content bytes", pattern = "^sha256:[0-9a-f]{64}$", maxLength = 71) String contentHash,
            @JsonRawValue @Schema(implementation = RevisionChanges.class) String changes,
            @Schema(nullable = true) Withdrawal withdrawal) {
    }

    @Schema(description = "One revision with its frozen content")
    public record RevisionDocument(
            @Schema(example = "1", minimum = "1", maximum = Limits.REVISIONS_MAX) int revision,
            @Schema(enumeration = {"PUBLISHED", "WITHDRAWN"}) String state,
            OffsetDateTime publishedAt,
            @Schema(description = "The publishing token's sub", maxLength = Limits.ACTOR) String publishedBy,
            @Schema(pattern = "^sha256:[0-9a-f]{64}$", maxLength = 71) String contentHash,
            @JsonRawValue @Schema(implementation = RevisionChanges.class) String changes,
            @Schema(nullable = true) Withdrawal withdrawal,
            @JsonRawValue @Schema(implementation = FrozenContent.class, description = "The frozen part, the exact stored JSON: unit, budget "
                    + "(status PUBLISHED), tables, figures, glossary") String content) {
    }

    @Schema(description = "The revisions of a unit-year's budget part, newest first")
    public record RevisionList(
            @Schema(example = "402001", maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String unitCode,
            @Schema(example = "2025", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
            @Schema(nullable = true, description = "The highest revision number (withdrawn or not); null when none exists", example = "1", minimum = "1", maximum = Limits.REVISIONS_MAX) Integer latest,
            @Schema(nullable = true, description = "What the draft's contentHash would be if frozen now (with the latest revision's glossary); "
                    + "only to callers who may read the draft", maxLength = Limits.HASH, pattern = Limits.HASH_PATTERN) String draftHash,
            @Schema(maxItems = Limits.MAX_REVISIONS) List<RevisionMetadata> items) {
    }

    @Schema(description = "What PUT …/revisions/{n} takes: the glossary to freeze with the budget")
    public record FreezeRequest(@Schema(description = "At most " + Glossary.MAX_ENTRIES + " objects whose values are strings of at most "
            + Glossary.MAX_VALUE + " characters; stored as given", maxItems = Glossary.MAX_ENTRIES, nullable = true, type = SchemaType.ARRAY,
            implementation = org.budgetdisclosure.budget.TextSchemas.GlossaryEntry.class) JsonNode glossary) {
    }

    @Schema(description = "Why a revision is withdrawn")
    public record WithdrawalRequest(@Schema(minLength = 1, maxLength = PublicationService.MAX_REASON, example = "依法撤回") String reason) {
    }

    @GET
    @Operation(summary = "List the revisions", description = "Every revision, newest first. Anonymous callers (and callers who may not read "
            + "the draft) get 404 while nothing is published.")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(schema = @Schema(implementation = RevisionList.class),
            examples = @ExampleObject(name = "sample", value = Examples.REVISIONS)))
    @APIResponse(responseCode = "404", description = "Nothing published (or no budget)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response list(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                         @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                         @Context HttpHeaders headers) {
        boolean draftReader = Readers.caller(identities, headers).mayReadDraft(unitCode);
        List<StoredRevision> revisions = publication.revisions(unitCode, year);
        Optional<String> draftHash = draftReader ? publication.draftHash(unitCode, year) : Optional.empty();
        if (revisions.isEmpty() && draftHash.isEmpty()) {
            throw notFound(unitCode, year);
        }
        return Response.ok(new RevisionList(unitCode, year, revisions.isEmpty() ? null : revisions.get(0).revision(),
                        draftHash.orElse(null), revisions.stream().map(RevisionResource::metadata).toList()))
                .header(HttpHeaders.CACHE_CONTROL, draftReader ? BudgetResource.DRAFT_CACHE : BudgetResource.LATEST_CACHE).build();
    }

    @GET
    @Path("/{n}")
    @Operation(summary = "One revision with its content", description = "Metadata and the frozen content, byte for byte as stored.")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(implementation = RevisionDocument.class)),
            headers = @Header(name = BudgetResource.PUBLICATION_REVISION, description = "n", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = Limits.REVISIONS_MAX)))
    @APIResponse(responseCode = "404", description = "No such revision", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                        @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                        @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "999999999"))
                        @PathParam("n") int n) {
        StoredRevision r = publication.revision(unitCode, year, n).orElseThrow(() -> notFound(unitCode, year));
        return Response.ok(document(r)).header(HttpHeaders.CACHE_CONTROL, BudgetResource.REVISION_CACHE)
                .header(BudgetResource.PUBLICATION_REVISION, r.revision()).build();
    }

    @PUT
    @Path("/{n}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Freeze the draft as revision n", description = "n = latest + 1 (1 when none): the draft (unit, budget with status "
            + "PUBLISHED, tables, figures, the glossary given) is frozen → 201. n = latest and the draft's content hash equals revision n's → 200, "
            + "a replay (412 with If-None-Match: *). Any other n, or the draft's error-level findings → 409. No draft → 404. Normally called "
            + "by the gateway's POST /api/v1/disclosures/{unitCode}/{year}/publish.")
    @APIResponse(responseCode = "201", description = "Frozen", content = @Content(schema = @Schema(implementation = RevisionDocument.class)),
            headers = @Header(name = "Location", description = "URL of the revision", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Limits.LOCATION)))
    @APIResponse(responseCode = "200", description = "A replay: revision n holds exactly this draft", content = @Content(schema = @Schema(implementation = RevisionDocument.class)))
    @APIResponse(responseCode = "404", description = "No draft budget", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "Not the next revision number, or error-level findings (in `errors`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong number", value = Examples.REVISION_CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "412", description = "If-None-Match: * and revision n exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_PROBLEM)))
    @APIResponse(responseCode = "422", description = "The glossary is not valid", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_REVISION, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM)))
    public Response freeze(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                           @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                           @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "999999999"))
                           @PathParam("n") int n,
                           @Parameter(description = "`*`: 412 instead of a replay when revision n exists",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"*"})) @HeaderParam("If-None-Match") String ifNoneMatch,
                           FreezeRequest body,
                           @Context UriInfo uri) {
        PublicationService.Frozen frozen = publication.freeze(unitCode, year, n, body == null ? null : body.glossary(), ifNoneMatch);
        Response.ResponseBuilder response = frozen.created() ? Response.created(uri.getAbsolutePathBuilder().build()) : Response.ok();
        return response.entity(document(frozen.revision())).header(BudgetResource.PUBLICATION_REVISION, n).build();
    }

    @POST
    @Path("/{n}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw revision n", description = "Marks the revision WITHDRAWN with who, when and why; it stays retrievable "
            + "and the default read falls back to the newest revision not withdrawn. Repeating it changes nothing.")
    @APIResponse(responseCode = "200", description = "The revision, withdrawn", content = @Content(schema = @Schema(implementation = RevisionMetadata.class)))
    @APIResponse(responseCode = "404", description = "No such revision", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED_PROBLEM)))
    @APIResponse(responseCode = "422", description = "No reason, or one over 2000 characters", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @SecurityRequirement(name = OpenApiSecurity.BEARER)
    @APIResponse(responseCode = "401", description = OpenApiSecurity.UNAUTHORIZED, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED_PROBLEM)))
    @APIResponse(responseCode = "403", description = OpenApiSecurity.FORBIDDEN_REVISION, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unit", value = Examples.FORBIDDEN_UNIT_PROBLEM)))
    public RevisionMetadata withdraw(@Parameter(example = "402001", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN)) @PathParam("unitCode") String unitCode,
                                     @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX)) @PathParam("year") int year,
                                     @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "999999999"))
                                     @PathParam("n") int n,
                                     WithdrawalRequest body) {
        return metadata(publication.withdraw(unitCode, year, n, body == null ? null : body.reason()));
    }

    static RevisionMetadata metadata(StoredRevision r) {
        return new RevisionMetadata(r.revision(), state(r), r.publishedAt(), r.publishedBy(), r.contentHash(), r.changes(), withdrawal(r));
    }

    static RevisionDocument document(StoredRevision r) {
        return new RevisionDocument(r.revision(), state(r), r.publishedAt(), r.publishedBy(), r.contentHash(), r.changes(), withdrawal(r),
                r.content());
    }

    private static String state(StoredRevision r) {
        return r.withdrawn() ? "WITHDRAWN" : "PUBLISHED";
    }

    private static Withdrawal withdrawal(StoredRevision r) {
        return r.withdrawn() ? new Withdrawal(r.withdrawnAt(), r.withdrawnBy(), r.withdrawalReason()) : null;
    }

    private static NotFoundException notFound(String unitCode, int year) {
        return new NotFoundException("No " + year + " budget of unit " + unitCode);
    }
}
