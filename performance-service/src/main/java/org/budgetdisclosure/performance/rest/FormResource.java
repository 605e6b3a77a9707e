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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.performance.publication.RevisionSelector;
import org.budgetdisclosure.performance.service.PublicationService;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.ProjectCategory;
import org.budgetdisclosure.performance.mapping.FormGridRenderer;
import org.budgetdisclosure.performance.mapping.FormMapper;
import org.budgetdisclosure.performance.repository.FormRepository.FormFilter;
import org.budgetdisclosure.performance.repository.FormRepository.FormKey;
import org.budgetdisclosure.performance.rest.model.FormDocument;
import org.budgetdisclosure.performance.rest.model.FormListItem;
import org.budgetdisclosure.performance.rest.model.Grid;
import org.budgetdisclosure.performance.rest.model.Page;
import org.budgetdisclosure.performance.rest.model.Problem;
import org.budgetdisclosure.performance.rest.model.ValidationReport;
import org.budgetdisclosure.performance.security.Roles;
import org.budgetdisclosure.performance.service.FormService;
import org.budgetdisclosure.performance.service.FormService.Saved;
import org.budgetdisclosure.performance.service.ValidationFailedException;
import org.budgetdisclosure.performance.service.ValidationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** 项目支出绩效目标表: CRUD, whole-document PUT, lists and search, grid and validation per form. */
@Path("/api/v1/performance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance forms", description = "项目支出绩效目标表 per project and fiscal year")
public class FormResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final FormService forms;
    private final ValidationService validation;
    private final Etags etags;
    private final PartReads reads;
    private final PublicationService publication;

    public FormResource(FormService forms, ValidationService validation, Etags etags, PartReads reads,
                        PublicationService publication) {
        this.forms = forms;
        this.validation = validation;
        this.etags = etags;
        this.reads = reads;
        this.publication = publication;
    }

    @GET
    @Path("/{unitCode}/{year}/forms/{projectCode}")
    @Operation(summary = "Read a form as typed JSON")
    @APIResponse(responseCode = "200", description = "The form, with a strong ETag", content = @Content(
            schema = @Schema(implementation = FormDocument.class), examples = @ExampleObject(name = "402001250002", value = Examples.FORM)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    public Response get(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                        @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                        @Parameter(description = "budget project code", example = "402001250002", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                        @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision,
                        @Context Request request) {
        return reads.serve(request, unitCode, year, revision, part -> formMember(part, projectCode, "document"),
                () -> FormService.noForm(unitCode, year, projectCode),
                () -> FormMapper.toDocument(forms.get(unitCode, year, projectCode)));
    }

    /** A member ("document" or "grid") of a stored form of a revision's content, or null. */
    static JsonNode formMember(JsonNode part, String projectCode, String member) {
        JsonNode form = UnitResource.find(part.get("forms"), projectCode);
        return form == null ? null : form.get(member);
    }

    @PUT
    @Path("/{unitCode}/{year}/forms/{projectCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a whole form (idempotent)",
            description = "Validates the whole document before one write; a rejected PUT leaves the stored form as it was. "
                    + "A form with published=true must pass every ERROR rule.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = FormDocument.class),
            examples = @ExampleObject(name = "402001250002", value = Examples.FORM)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FormDocument.class),
            examples = @ExampleObject(name = "402001250002", value = Examples.FORM)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each named", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "Changing or deleting existing content without If-Match", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response put(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                        @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                        @Parameter(description = "budget project code", example = "402001250002", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                        @Parameter(description = Examples.IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-Match") String ifMatch,
                        @Parameter(description = Examples.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-None-Match") String ifNoneMatch,
                        FormDocument document, @Context UriInfo uri) {
        Saved<PerformanceForm> saved = forms.put(unitCode, year, projectCode, document, ifMatch, ifNoneMatch,
                f -> etags.hash(FormMapper.toDocument(f)), false);
        return written(saved, uri.getAbsolutePathBuilder().build());
    }

    @POST
    @Path("/{unitCode}/{year}/forms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a form; projectCode in the body")
    @APIResponse(responseCode = "201", description = "Created; Location names the form", content = @Content(
            schema = @Schema(implementation = FormDocument.class), examples = @ExampleObject(name = "402001250002", value = Examples.FORM)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "409", description = "A form for the project exists", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "conflict", value = Examples.PROBLEM_409)))
    @APIResponse(responseCode = "422", description = "Invalid fields", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_422)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response create(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                           FormDocument document, @Context UriInfo uri) {
        if (document == null || document.projectCode() == null || document.projectCode().isBlank()) {
            throw new ValidationFailedException("The project code is missing", List.of(new FieldError("projectCode", "is required")));
        }
        Saved<PerformanceForm> saved = forms.put(unitCode, year, document.projectCode(), document, null, null,
                f -> etags.hash(FormMapper.toDocument(f)), true);
        return written(saved, uri.getAbsolutePathBuilder().path(document.projectCode()).build());
    }

    private Response written(Saved<PerformanceForm> saved, URI location) {
        FormDocument body = FormMapper.toDocument(saved.value());
        String etag = etags.of(body);
        Response.ResponseBuilder builder = saved.created() ? Response.created(location) : Response.ok();
        return builder.entity(body).tag(new EntityTag(etag.substring(1, etag.length() - 1))).build();
    }

    @DELETE
    @Path("/{unitCode}/{year}/forms/{projectCode}")
    @Operation(summary = "Delete a form")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "428", description = "Changing or deleting existing content without If-Match", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "precondition-required", value = Examples.PROBLEM_428)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the stored ETag (or If-None-Match: * and it exists)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_412)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response delete(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                           @Parameter(description = "budget project code", example = "402001250002", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                           @Parameter(description = Examples.IF_MATCH_REQUIRED, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-Match") String ifMatch) {
        forms.delete(unitCode, year, projectCode, ifMatch, f -> etags.hash(FormMapper.toDocument(f)));
        return Response.noContent().build();
    }

    @GET
    @Path("/{unitCode}/{year}/forms/{projectCode}/grid")
    @Operation(summary = "Read a form as a grid mirroring the official layout")
    @APIResponse(responseCode = "200", description = "The form as a grid", content = @Content(schema = @Schema(implementation = Grid.class),
            examples = @ExampleObject(name = "402001250002", value = Examples.GRID)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    public Response grid(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                         @Parameter(description = "budget project code", example = "402001250002", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                         @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision,
                         @Context Request request) {
        return reads.serve(request, unitCode, year, revision, part -> formMember(part, projectCode, "grid"),
                () -> FormService.noForm(unitCode, year, projectCode),
                () -> FormGridRenderer.render(forms.get(unitCode, year, projectCode)));
    }

    @GET
    @Path("/{unitCode}/{year}/forms/{projectCode}/validation")
    @Operation(summary = "Check one form", description = "Local rules and the funds against the project's budget in "
            + "budget-service; when budget-service is down that check reports NOT_CHECKED (INFO)")
    @APIResponse(responseCode = "200", description = "Findings", content = @Content(schema = @Schema(implementation = ValidationReport.class),
            examples = @ExampleObject(name = "402001250001", value = Examples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    public Response validateForm(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                                         @Parameter(description = "budget project code", example = "402001250001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                                         @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        reads.requireDraftReader(unitCode, year);
        PerformanceForm form = forms.get(unitCode, year, projectCode);
        return Response.ok(ValidationReport.of(unitCode, year, projectCode,
                        validation.validate(List.of(form), unitCode, year, authorization)))
                .header(HttpHeaders.CACHE_CONTROL, PartReads.PRIVATE).build();
    }

    @GET
    @Path("/{unitCode}/{year}/forms")
    @Operation(summary = "List a unit's forms of a year", description = "Ordered by project code; cursor pagination")
    @APIResponse(responseCode = "200", description = "A page of forms; Link rel=next when there are more", content = @Content(
            schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "page", value = Examples.FORM_LIST)))
    @APIResponse(responseCode = "422", description = "Bad limit, cursor or category", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                         @Parameter(description = "only this category", example = "SPECIFIC_GOAL", schema = @Schema(type = SchemaType.STRING, enumeration = {"PERSONNEL", "OTHER_OPERATION", "SPECIFIC_GOAL"})) @QueryParam("category") String category,
                         @Parameter(description = "text in the project name or an indicator's name or target", example = "小升规", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.TEXT_LENGTH)) @QueryParam("q") String q,
                         @Parameter(description = "page size, 1–200, default 50", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200")) @QueryParam("limit") Integer limit,
                         @Parameter(description = "cursor from the previous page's next", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CURSOR_LENGTH)) @QueryParam("after") String after,
                         @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision,
                         @Context UriInfo uri) {
        FormFilter filter = new FormFilter(unitCode, year, null, category(category), blankToNull(q));
        RevisionSelector selector = PartReads.selector(revision);
        if (selector.isDraft()) {
            reads.requireDraftReader(unitCode, year);
            return Response.fromResponse(page(filter, limit, after, uri)).header(HttpHeaders.CACHE_CONTROL, PartReads.PRIVATE).build();
        }
        PartReads.Resolved resolved = reads.resolve(unitCode, year, selector);
        return PartReads.published(Response.fromResponse(frozenPage(filter, List.of(resolved.content()), limit, after, uri)),
                resolved).build();
    }

    @GET
    @Path("/forms")
    @Operation(summary = "Search forms across units and years",
            description = "By project code, unit, year, category, or text in the project name or indicators")
    @APIResponse(responseCode = "200", description = "A page of forms; Link rel=next when there are more", content = @Content(
            schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "page", value = Examples.FORM_LIST)))
    @APIResponse(responseCode = "422", description = "Bad limit, cursor or category", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "project code", example = "402001250002", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @QueryParam("projectCode") String projectCode,
                           @Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @QueryParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @QueryParam("year") Integer year,
                           @Parameter(description = "category", example = "SPECIFIC_GOAL", schema = @Schema(type = SchemaType.STRING, enumeration = {"PERSONNEL", "OTHER_OPERATION", "SPECIFIC_GOAL"})) @QueryParam("category") String category,
                           @Parameter(description = "text in the project name or an indicator", example = "专精特新", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.TEXT_LENGTH)) @QueryParam("q") String q,
                           @Parameter(description = "page size, 1–200, default 50", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200")) @QueryParam("limit") Integer limit,
                           @Parameter(description = "cursor from the previous page's next", schema = @Schema(type = SchemaType.STRING, maxLength = Limits.CURSOR_LENGTH)) @QueryParam("after") String after,
                           @Context UriInfo uri) {
        List<FieldError> bad = new java.util.ArrayList<>();
        if (unitCode != null && !unitCode.isBlank() && !unitCode.strip().matches(Limits.UNIT_CODE)) {
            bad.add(new FieldError("unitCode", "must match " + Limits.UNIT_CODE));
        }
        if (projectCode != null && !projectCode.isBlank() && !projectCode.strip().matches(Limits.PROJECT_CODE)) {
            bad.add(new FieldError("projectCode", "must match " + Limits.PROJECT_CODE));
        }
        if (year != null && (year < 0 || year > 9999)) {
            bad.add(new FieldError("year", "must be between 0 and 9999"));
        }
        if (!bad.isEmpty()) {
            throw new ValidationFailedException("Bad search parameters", bad);
        }
        FormFilter filter = new FormFilter(blankToNull(unitCode), year, blankToNull(projectCode), category(category), blankToNull(q));
        List<JsonNode> parts = publication.latestPublishedOfEach(filter.unitCode(), filter.fiscalYear()).stream()
                .map(r -> publication.read(r.getContent())).toList();
        return Response.fromResponse(frozenPage(filter, parts, limit, after, uri))
                .header(HttpHeaders.CACHE_CONTROL, PartReads.LATEST).build();
    }

    /**
     * A page of the forms stored in revisions' contents, filtered and ordered as the draft query does (unit, year,
     * project code; q in the project name or an indicator's name or target, case-insensitive).
     */
    private Response frozenPage(FormFilter filter, List<JsonNode> parts, Integer limit, String after, UriInfo uri) {
        int size = pageSize(limit);
        FormKey from = decode(after);
        List<FormListItem> all = new java.util.ArrayList<>();
        for (JsonNode part : parts) {
            for (JsonNode form : part.path("forms")) {
                JsonNode doc = form.path("document");
                if (matches(filter, doc)) {
                    all.add(new FormListItem(doc.path("unitCode").asText(), doc.path("fiscalYear").asInt(),
                            doc.path("projectCode").asText(), doc.path("projectName").asText(null),
                            doc.path("category").asText(null), doc.path("categoryName").asText(null),
                            doc.path("funds").path("annual").path("total").asText(null), doc.path("published").asBoolean(),
                            href(doc.path("unitCode").asText(), doc.path("fiscalYear").asInt(), doc.path("projectCode").asText())));
                }
            }
        }
        java.util.Comparator<FormListItem> order = java.util.Comparator.comparing(FormListItem::unitCode)
                .thenComparingInt(FormListItem::fiscalYear).thenComparing(FormListItem::projectCode);
        List<FormListItem> sorted = all.stream().sorted(order)
                .filter(i -> from == null || order.compare(i, new FormListItem(from.unitCode(), from.fiscalYear(),
                        from.projectCode(), null, null, null, null, false, null)) > 0)
                .limit(size + 1L).toList();
        return pageOf(sorted, size, i -> new FormKey(i.unitCode(), i.fiscalYear(), i.projectCode()), uri);
    }

    private static boolean matches(FormFilter filter, JsonNode doc) {
        if (filter.unitCode() != null && !filter.unitCode().equals(doc.path("unitCode").asText())) {
            return false;
        }
        if (filter.fiscalYear() != null && filter.fiscalYear() != doc.path("fiscalYear").asInt()) {
            return false;
        }
        if (filter.projectCode() != null && !filter.projectCode().equals(doc.path("projectCode").asText())) {
            return false;
        }
        if (filter.category() != null && !filter.category().name().equals(doc.path("category").asText())) {
            return false;
        }
        if (filter.text() == null) {
            return true;
        }
        String text = filter.text().toLowerCase(java.util.Locale.ROOT);
        if (contains(doc.path("projectName"), text)) {
            return true;
        }
        for (String period : List.of("implementationPeriod", "annual")) {
            for (JsonNode indicator : doc.path("indicators").path(period)) {
                if (contains(indicator.path("name"), text) || contains(indicator.path("target"), text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(JsonNode value, String lowerText) {
        return value.isTextual() && value.asText().toLowerCase(java.util.Locale.ROOT).contains(lowerText);
    }

    private static String href(String unitCode, int year, String projectCode) {
        return "/api/v1/performance/" + unitCode + "/" + year + "/forms/" + projectCode;
    }

    private Response page(FormFilter filter, Integer limit, String after, UriInfo uri) {
        int size = pageSize(limit);
        List<FormListItem> items = forms.list(filter, decode(after), size + 1).stream().map(f -> new FormListItem(
                f.unitCode(), f.fiscalYear(), f.projectCode(), f.projectName(), f.category().name(), f.category().label(),
                org.budgetdisclosure.performance.Money.exact(f.annualFunds().total()), f.published(),
                href(f.unitCode(), f.fiscalYear(), f.projectCode()))).toList();
        return pageOf(items, size, i -> new FormKey(i.unitCode(), i.fiscalYear(), i.projectCode()), uri);
    }

    private static int pageSize(Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ValidationFailedException("Bad page size", List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return size;
    }

    /** {@code found} holds up to size + 1 items: the page, and one more when there is a next page. */
    private static Response pageOf(List<FormListItem> found, int size, java.util.function.Function<FormListItem, FormKey> key,
                                   UriInfo uri) {
        List<FormListItem> items = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size ? encode(key.apply(items.get(items.size() - 1))) : null;
        Response.ResponseBuilder response = Response.ok(new Page<>(items, next));
        if (next != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next");
        }
        return response.build();
    }

    static ProjectCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ProjectCategory.parse(value).orElseThrow(() -> new ValidationFailedException("Unknown category",
                List.of(new FieldError("category", "must be one of PERSONNEL, OTHER_OPERATION, SPECIFIC_GOAL"))));
    }

    static String encode(FormKey key) {
        String raw = key.unitCode() + "|" + key.fiscalYear() + "|" + key.projectCode();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FormKey decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        if (cursor.length() > Limits.CURSOR_LENGTH) {
            throw new ValidationFailedException("Bad cursor", List.of(new FieldError("after", "is not a cursor from this API")));
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            return new FormKey(parts[0], Integer.parseInt(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw new ValidationFailedException("Bad cursor", List.of(new FieldError("after", "is not a cursor from this API")));
        }
    }

    /** Blank is absent; a search text over {@link Limits#TEXT_LENGTH} characters is 422. */
    private static String blankToNull(String value) {
        if (value != null && value.length() > Limits.TEXT_LENGTH) {
            throw new ValidationFailedException("Text too long",
                    List.of(new FieldError("q", "must be at most " + Limits.TEXT_LENGTH + " characters")));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
