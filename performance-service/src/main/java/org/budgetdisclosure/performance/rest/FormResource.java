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

    public FormResource(FormService forms, ValidationService validation, Etags etags) {
        this.forms = forms;
        this.validation = validation;
        this.etags = etags;
    }

    @GET
    @Path("/{unitCode}/{year}/forms/{projectCode}")
    @Operation(summary = "Read a form as typed JSON")
    @APIResponse(responseCode = "200", description = "The form, with a strong ETag", content = @Content(
            schema = @Schema(implementation = FormDocument.class), examples = @ExampleObject(name = "402001250002", value = Examples.FORM)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    public Response get(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                        @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                        @Parameter(description = "budget project code", example = "402001250002") @PathParam("projectCode") String projectCode,
                        @Context Request request) {
        return etags.ok(request, FormMapper.toDocument(forms.get(unitCode, year, projectCode)));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response put(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                        @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                        @Parameter(description = "budget project code", example = "402001250002") @PathParam("projectCode") String projectCode,
                        @Parameter(description = "ETag of the stored form; 412 when it does not match") @HeaderParam("If-Match") String ifMatch,
                        FormDocument document, @Context UriInfo uri) {
        Saved<PerformanceForm> saved = forms.put(unitCode, year, projectCode, document, ifMatch,
                f -> etags.of(FormMapper.toDocument(f)), false);
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
    public Response create(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                           FormDocument document, @Context UriInfo uri) {
        if (document == null || document.projectCode() == null || document.projectCode().isBlank()) {
            throw new ValidationFailedException("The project code is missing", List.of(new FieldError("projectCode", "is required")));
        }
        Saved<PerformanceForm> saved = forms.put(unitCode, year, document.projectCode(), document, null,
                f -> etags.of(FormMapper.toDocument(f)), true);
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response delete(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                           @Parameter(description = "budget project code", example = "402001250002") @PathParam("projectCode") String projectCode) {
        forms.delete(unitCode, year, projectCode);
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
    public Response grid(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                         @Parameter(description = "budget project code", example = "402001250002") @PathParam("projectCode") String projectCode,
                         @Context Request request) {
        return etags.ok(request, FormGridRenderer.render(forms.get(unitCode, year, projectCode)));
    }

    @GET
    @Path("/{unitCode}/{year}/forms/{projectCode}/validation")
    @Operation(summary = "Check one form", description = "Local rules and the funds against the project's budget in "
            + "budget-service; when budget-service is down that check reports NOT_CHECKED (INFO)")
    @APIResponse(responseCode = "200", description = "Findings", content = @Content(schema = @Schema(implementation = ValidationReport.class),
            examples = @ExampleObject(name = "402001250001", value = Examples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_404)))
    public ValidationReport validateForm(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                         @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                                         @Parameter(description = "budget project code", example = "402001250001") @PathParam("projectCode") String projectCode) {
        PerformanceForm form = forms.get(unitCode, year, projectCode);
        return ValidationReport.of(unitCode, year, projectCode, validation.validate(List.of(form), unitCode, year));
    }

    @GET
    @Path("/{unitCode}/{year}/forms")
    @Operation(summary = "List a unit's forms of a year", description = "Ordered by project code; cursor pagination")
    @APIResponse(responseCode = "200", description = "A page of forms; Link rel=next when there are more", content = @Content(
            schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "page", value = Examples.FORM_LIST)))
    @APIResponse(responseCode = "422", description = "Bad limit, cursor or category", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                         @Parameter(description = "only this category", example = "SPECIFIC_GOAL") @QueryParam("category") String category,
                         @Parameter(description = "text in the project name or an indicator's name or target", example = "小升规") @QueryParam("q") String q,
                         @Parameter(description = "page size, 1–200, default 50") @QueryParam("limit") Integer limit,
                         @Parameter(description = "cursor from the previous page's next") @QueryParam("after") String after,
                         @Context UriInfo uri) {
        return page(new FormFilter(unitCode, year, null, category(category), blankToNull(q)), limit, after, uri);
    }

    @GET
    @Path("/forms")
    @Operation(summary = "Search forms across units and years",
            description = "By project code, unit, year, category, or text in the project name or indicators")
    @APIResponse(responseCode = "200", description = "A page of forms; Link rel=next when there are more", content = @Content(
            schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "page", value = Examples.FORM_LIST)))
    @APIResponse(responseCode = "422", description = "Bad limit, cursor or category", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "project code", example = "402001250002") @QueryParam("projectCode") String projectCode,
                           @Parameter(description = "unit code", example = "402001") @QueryParam("unitCode") String unitCode,
                           @Parameter(description = "fiscal year", example = "2025") @QueryParam("year") Integer year,
                           @Parameter(description = "category", example = "SPECIFIC_GOAL") @QueryParam("category") String category,
                           @Parameter(description = "text in the project name or an indicator", example = "专精特新") @QueryParam("q") String q,
                           @Parameter(description = "page size, 1–200, default 50") @QueryParam("limit") Integer limit,
                           @Parameter(description = "cursor from the previous page's next") @QueryParam("after") String after,
                           @Context UriInfo uri) {
        return page(new FormFilter(blankToNull(unitCode), year, blankToNull(projectCode), category(category), blankToNull(q)),
                limit, after, uri);
    }

    private Response page(FormFilter filter, Integer limit, String after, UriInfo uri) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ValidationFailedException("Bad page size", List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        List<PerformanceForm> found = forms.list(filter, decode(after), size + 1);
        List<PerformanceForm> pageForms = found.size() > size ? found.subList(0, size) : found;
        String next = null;
        if (found.size() > size) {
            PerformanceForm last = pageForms.get(pageForms.size() - 1);
            next = encode(new FormKey(last.unitCode(), last.fiscalYear(), last.projectCode()));
        }
        List<FormListItem> items = pageForms.stream().map(f -> new FormListItem(f.unitCode(), f.fiscalYear(), f.projectCode(),
                f.projectName(), f.category().name(), f.category().label(),
                org.budgetdisclosure.performance.Money.exact(f.annualFunds().total()), f.published(),
                "/api/v1/performance/" + f.unitCode() + "/" + f.fiscalYear() + "/forms/" + f.projectCode())).toList();
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
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            return new FormKey(parts[0], Integer.parseInt(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw new ValidationFailedException("Bad cursor", List.of(new FieldError("after", "is not a cursor from this API")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
