package org.budgetdisclosure.performance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.ProjectCategory;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.mapping.FieldReader;
import org.budgetdisclosure.performance.mapping.Views;
import org.budgetdisclosure.performance.repository.FormRepository.FormFilter;
import org.budgetdisclosure.performance.rest.model.GoalView;
import org.budgetdisclosure.performance.rest.model.OverallGoalDocument;
import org.budgetdisclosure.performance.rest.model.Page;
import org.budgetdisclosure.performance.rest.model.Problem;
import org.budgetdisclosure.performance.rest.model.SummaryView;
import org.budgetdisclosure.performance.rest.model.ValidationReport;
import org.budgetdisclosure.performance.security.Roles;
import org.budgetdisclosure.performance.service.FormService;
import org.budgetdisclosure.performance.service.FormService.Saved;
import org.budgetdisclosure.performance.service.NotFoundException;
import org.budgetdisclosure.performance.service.SummaryService;
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

import java.util.List;

/** A unit's year: 整体绩效目标, the goals under management, the section-十 summary and the validation of all forms. */
@Path("/api/v1/performance/{unitCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance goals", description = "整体绩效目标, goals under management and section 十's figures")
public class UnitResource {

    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory JSON =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    private final FormService forms;
    private final SummaryService summaries;
    private final ValidationService validation;
    private final Etags etags;
    private final PartReads reads;

    public UnitResource(FormService forms, SummaryService summaries, ValidationService validation, Etags etags,
                        PartReads reads) {
        this.forms = forms;
        this.summaries = summaries;
        this.validation = validation;
        this.etags = etags;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Read the unit's year: name, region, 整体绩效目标")
    @APIResponse(responseCode = "200", description = "The unit's year", content = @Content(
            schema = @Schema(implementation = OverallGoalDocument.class), examples = @ExampleObject(name = "402001", value = Examples.UNIT)))
    @APIResponse(responseCode = "404", description = "Nothing stored", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response unit(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                         @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision,
                         @Context Request request) {
        return reads.serve(request, unitCode, year, revision, part -> part.get("unitYear"),
                () -> PartReads.notPublished(unitCode, year),
                () -> view(forms.overall(unitCode, year)
                        .orElseThrow(() -> new NotFoundException("Nothing stored for unit " + unitCode + " in " + year))));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the unit's year (idempotent)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(
            schema = @Schema(implementation = OverallGoalDocument.class), examples = @ExampleObject(name = "402001", value = Examples.UNIT)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = OverallGoalDocument.class), examples = @ExampleObject(name = "402001", value = Examples.UNIT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "malformed", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "422", description = "Invalid fields", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
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
    public Response putUnit(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                            @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                            @Parameter(description = Examples.IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-Match") String ifMatch,
                            @Parameter(description = Examples.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-None-Match") String ifNoneMatch,
                            OverallGoalDocument document, @Context UriInfo uri) {
        FieldReader in = new FieldReader();
        if (document == null) {
            throw new ValidationFailedException("The document is missing", List.of(new FieldError("", "is required")));
        }
        OverallGoalDocument.OverallGoal goal = document.overallGoal();
        boolean reported = goal != null && Boolean.TRUE.equals(goal.reported());
        java.math.BigDecimal amount = goal == null ? null : in.money("overallGoal.amount", goal.amount(), false);
        String text = goal == null ? null : in.text("overallGoal.goalText", goal.goalText(), false, FieldLimits.LONG_TEXT);
        String statement = goal == null ? null : in.text("overallGoal.statement", goal.statement(), false, FieldLimits.STATEMENT);
        OverallGoal stored = new OverallGoal(unitCode, year, in.text("unitName", document.unitName(), false, FieldLimits.NAME),
                in.text("regionName", document.regionName(), false, FieldLimits.REGION_NAME), reported,
                amount == null ? java.math.BigDecimal.ZERO.setScale(2) : amount, text, statement,
                in.money("projectExpenditureTotal", document.projectExpenditureTotal(), false));
        if (!in.errors().isEmpty()) {
            throw new ValidationFailedException("The document has invalid fields", in.errors());
        }
        Saved<OverallGoal> saved = forms.putOverall(stored, ifMatch, ifNoneMatch, g -> etags.hash(view(g)));
        return written(saved.created(), view(saved.value()), uri);
    }

    private Response written(boolean created, Object body, UriInfo uri) {
        String etag = etags.of(body);
        return (created ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(body)
                .tag(new jakarta.ws.rs.core.EntityTag(etag.substring(1, etag.length() - 1))).build();
    }

    private static OverallGoalDocument view(OverallGoal g) {
        return Views.unitYear(g);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Section 十's figures", description = "Projects under goal management and their amount by category; "
            + "published forms and their share of the unit's project expenditure (from budget-service, else a stored "
            + "figure; NOT_AVAILABLE when neither)")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(
            schema = @Schema(implementation = SummaryView.class), examples = @ExampleObject(name = "402001", value = Examples.SUMMARY)))
    @APIResponse(responseCode = "404", description = "No goals for this unit and year", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response summary(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                            @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                            @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision, @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @Context Request request) {
        return reads.serve(request, unitCode, year, revision, part -> part.get("summary"),
                () -> PartReads.notPublished(unitCode, year),
                () -> summaries.summary(unitCode, year, authorization));
    }

    @GET
    @Path("/validation")
    @Operation(summary = "Check every form of the unit's year")
    @APIResponse(responseCode = "200", description = "Findings", content = @Content(
            schema = @Schema(implementation = ValidationReport.class), examples = @ExampleObject(name = "402001", value = Examples.VALIDATION)))
    public Response validate(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                             @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                             @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        reads.requireDraftReader(unitCode, year);
        var all = forms.list(new FormFilter(unitCode, year, null, null, null), null, 10_000);
        return Response.ok(ValidationReport.of(unitCode, year, null, validation.validate(all, unitCode, year, authorization)))
                .header(HttpHeaders.CACHE_CONTROL, PartReads.PRIVATE).build();
    }

    @GET
    @Path("/goals")
    @Operation(summary = "List the projects under goal management, with or without a form")
    @APIResponse(responseCode = "200", description = "All goals of the year by project code", content = @Content(
            schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "402001", value = "{\"items\":[" + Examples.GOAL + "],\"next\":null}")))
    public Response goals(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                          @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                          @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision,
                          @Context Request request) {
        return reads.serve(request, unitCode, year, revision, part -> goalsPage(part.get("goals")),
                () -> PartReads.notPublished(unitCode, year),
                () -> new Page<>(forms.goals(unitCode, year).stream().map(UnitResource::view).toList(), null));
    }

    @GET
    @Path("/goals/{projectCode}")
    @Operation(summary = "Read one goal under management")
    @APIResponse(responseCode = "200", description = "The goal", content = @Content(
            schema = @Schema(implementation = GoalView.class), examples = @ExampleObject(name = "402001250003", value = Examples.GOAL)))
    @APIResponse(responseCode = "404", description = "No such goal", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response goal(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                         @Parameter(description = "project code", example = "402001250003", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                         @Parameter(description = Examples.REVISION_PARAMETER, example = "latest", schema = @Schema(type = SchemaType.STRING, pattern = Limits.REVISION, maxLength = 9)) @QueryParam("revision") String revision,
                         @Context Request request) {
        return reads.serve(request, unitCode, year, revision, part -> find(part.get("goals"), projectCode),
                () -> new NotFoundException("No goal for project " + projectCode),
                () -> view(forms.goal(unitCode, year, projectCode)
                        .orElseThrow(() -> new NotFoundException("No goal for project " + projectCode))));
    }

    private static com.fasterxml.jackson.databind.JsonNode goalsPage(com.fasterxml.jackson.databind.JsonNode goals) {
        com.fasterxml.jackson.databind.node.ObjectNode page = JSON.objectNode();
        page.set("items", goals);
        page.putNull("next");
        return page;
    }

    /** The element of a stored array whose projectCode is {@code projectCode}, or null. */
    static com.fasterxml.jackson.databind.JsonNode find(com.fasterxml.jackson.databind.JsonNode array, String projectCode) {
        if (array == null || !array.isArray()) {
            return null;
        }
        for (com.fasterxml.jackson.databind.JsonNode element : array) {
            if (projectCode.equals(element.path("projectCode").asText(null))) {
                return element;
            }
        }
        return null;
    }

    @PUT
    @Path("/goals/{projectCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a goal under management whose form is not printed (idempotent)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(
            schema = @Schema(implementation = GoalView.class), examples = @ExampleObject(name = "402001250003", value = Examples.GOAL)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = GoalView.class), examples = @ExampleObject(name = "402001250003", value = Examples.GOAL)))
    @APIResponse(responseCode = "409", description = "The project has a form; its goal follows the form", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
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
    public Response putGoal(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                            @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                            @Parameter(description = "project code", example = "402001250003", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                            @Parameter(description = Examples.IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-Match") String ifMatch,
                            @Parameter(description = Examples.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-None-Match") String ifNoneMatch,
                            GoalView body, @Context UriInfo uri) {
        if (body == null) {
            throw new ValidationFailedException("The goal is missing", List.of(new FieldError("", "is required")));
        }
        FieldReader in = new FieldReader();
        String name = in.text("projectName", body.projectName(), true, FieldLimits.PROJECT_NAME);
        ProjectCategory category = in.choice("category", body.category(), ProjectCategory::parse,
                "PERSONNEL, OTHER_OPERATION, SPECIFIC_GOAL");
        java.math.BigDecimal amount = in.money("amount", body.amount(), true);
        if (body.projectCode() != null && !body.projectCode().equals(projectCode)) {
            in.reject("projectCode", "must equal the project code in the path (" + projectCode + ")");
        }
        if (!in.errors().isEmpty()) {
            throw new ValidationFailedException("The goal has invalid fields", in.errors());
        }
        Saved<ManagedGoal> saved = forms.putGoal(new ManagedGoal(unitCode, year, projectCode, name, category, amount,
                Boolean.TRUE.equals(body.published()), false), ifMatch, ifNoneMatch, g -> etags.hash(view(g)));
        return written(saved.created(), view(saved.value()), uri);
    }

    @DELETE
    @Path("/goals/{projectCode}")
    @Operation(summary = "Delete a form-less goal under management")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No form-less goal for the project", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
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
    public Response deleteGoal(@Parameter(description = "unit code", example = "402001", schema = @Schema(type = SchemaType.STRING, pattern = Limits.UNIT_CODE, maxLength = 32)) @PathParam("unitCode") String unitCode,
                               @Parameter(description = "fiscal year", example = "2025", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "9999")) @PathParam("year") int year,
                               @Parameter(description = "project code", example = "402001250003", schema = @Schema(type = SchemaType.STRING, pattern = Limits.PROJECT_CODE, maxLength = 64)) @PathParam("projectCode") String projectCode,
                               @Parameter(description = Examples.IF_MATCH_REQUIRED, schema = @Schema(type = SchemaType.STRING, maxLength = Limits.HEADER_LENGTH)) @HeaderParam("If-Match") String ifMatch) {
        forms.deleteGoal(unitCode, year, projectCode, ifMatch, g -> etags.hash(view(g)));
        return Response.noContent().build();
    }

    private static GoalView view(ManagedGoal g) {
        return Views.goal(g);
    }
}
