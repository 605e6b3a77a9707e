package org.budgetdisclosure.performance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.budgetdisclosure.performance.mapping.FieldReader;
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

    private final FormService forms;
    private final SummaryService summaries;
    private final ValidationService validation;
    private final Etags etags;

    public UnitResource(FormService forms, SummaryService summaries, ValidationService validation, Etags etags) {
        this.forms = forms;
        this.summaries = summaries;
        this.validation = validation;
        this.etags = etags;
    }

    @GET
    @Operation(summary = "Read the unit's year: name, region, 整体绩效目标")
    @APIResponse(responseCode = "200", description = "The unit's year", content = @Content(
            schema = @Schema(implementation = OverallGoalDocument.class), examples = @ExampleObject(name = "402001", value = Examples.UNIT)))
    @APIResponse(responseCode = "404", description = "Nothing stored", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response unit(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                         @Context Request request) {
        OverallGoal goal = forms.overall(unitCode, year)
                .orElseThrow(() -> new NotFoundException("Nothing stored for unit " + unitCode + " in " + year));
        return etags.ok(request, view(goal));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response putUnit(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                            @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                            OverallGoalDocument document, @Context UriInfo uri) {
        FieldReader in = new FieldReader();
        if (document == null) {
            throw new ValidationFailedException("The document is missing", List.of(new FieldError("", "is required")));
        }
        OverallGoalDocument.OverallGoal goal = document.overallGoal();
        boolean reported = goal != null && Boolean.TRUE.equals(goal.reported());
        java.math.BigDecimal amount = goal == null ? null : in.money("overallGoal.amount", goal.amount(), false);
        String text = goal == null ? null : in.text("overallGoal.goalText", goal.goalText(), false, 20000);
        String statement = goal == null ? null : in.text("overallGoal.statement", goal.statement(), false, 2000);
        OverallGoal stored = new OverallGoal(unitCode, year, in.text("unitName", document.unitName(), false, 200),
                in.text("regionName", document.regionName(), false, 100), reported,
                amount == null ? java.math.BigDecimal.ZERO.setScale(2) : amount, text, statement,
                in.money("projectExpenditureTotal", document.projectExpenditureTotal(), false));
        if (!in.errors().isEmpty()) {
            throw new ValidationFailedException("The document has invalid fields", in.errors());
        }
        Saved<OverallGoal> saved = forms.putOverall(stored);
        return (saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(view(saved.value())).build();
    }

    private static OverallGoalDocument view(OverallGoal g) {
        return new OverallGoalDocument(g.unitCode(), g.fiscalYear(), g.unitName(), g.regionName(),
                new OverallGoalDocument.OverallGoal(g.reported(), Money.exact(g.amount()), g.goalText(), g.statement()),
                Money.exact(g.projectExpenditureTotal()));
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
    public SummaryView summary(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                               @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year) {
        return summaries.summary(unitCode, year);
    }

    @GET
    @Path("/validation")
    @Operation(summary = "Check every form of the unit's year")
    @APIResponse(responseCode = "200", description = "Findings", content = @Content(
            schema = @Schema(implementation = ValidationReport.class), examples = @ExampleObject(name = "402001", value = Examples.VALIDATION)))
    public ValidationReport validate(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                     @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year) {
        var all = forms.list(new FormFilter(unitCode, year, null, null, null), null, 10_000);
        return ValidationReport.of(unitCode, year, null, validation.validate(all, unitCode, year));
    }

    @GET
    @Path("/goals")
    @Operation(summary = "List the projects under goal management, with or without a form")
    @APIResponse(responseCode = "200", description = "All goals of the year by project code", content = @Content(
            schema = @Schema(implementation = Page.class), examples = @ExampleObject(name = "402001", value = "{\"items\":[" + Examples.GOAL + "],\"next\":null}")))
    public Page<GoalView> goals(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                                @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year) {
        return new Page<>(forms.goals(unitCode, year).stream().map(UnitResource::view).toList(), null);
    }

    @GET
    @Path("/goals/{projectCode}")
    @Operation(summary = "Read one goal under management")
    @APIResponse(responseCode = "200", description = "The goal", content = @Content(
            schema = @Schema(implementation = GoalView.class), examples = @ExampleObject(name = "402001250003", value = Examples.GOAL)))
    @APIResponse(responseCode = "404", description = "No such goal", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public Response goal(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                         @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                         @Parameter(description = "project code", example = "402001250003") @PathParam("projectCode") String projectCode,
                         @Context Request request) {
        ManagedGoal goal = forms.goal(unitCode, year, projectCode)
                .orElseThrow(() -> new NotFoundException("No goal for project " + projectCode));
        return etags.ok(request, view(goal));
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response putGoal(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                            @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                            @Parameter(description = "project code", example = "402001250003") @PathParam("projectCode") String projectCode,
                            GoalView body, @Context UriInfo uri) {
        if (body == null) {
            throw new ValidationFailedException("The goal is missing", List.of(new FieldError("", "is required")));
        }
        FieldReader in = new FieldReader();
        String name = in.text("projectName", body.projectName(), true, 500);
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
                Boolean.TRUE.equals(body.published()), false));
        return (saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(view(saved.value())).build();
    }

    @DELETE
    @Path("/goals/{projectCode}")
    @Operation(summary = "Delete a form-less goal under management")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No form-less goal for the project", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not accepted", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "The token's role is not editor or admin, or its units do not cover the unit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "role", value = Examples.PROBLEM_403_ROLE),
                    @ExampleObject(name = "unit", value = Examples.PROBLEM_403_UNIT)}))
    public Response deleteGoal(@Parameter(description = "unit code", example = "402001") @PathParam("unitCode") String unitCode,
                               @Parameter(description = "fiscal year", example = "2025") @PathParam("year") int year,
                               @Parameter(description = "project code", example = "402001250003") @PathParam("projectCode") String projectCode) {
        forms.deleteGoal(unitCode, year, projectCode);
        return Response.noContent().build();
    }

    private static GoalView view(ManagedGoal g) {
        return new GoalView(g.unitCode(), g.fiscalYear(), g.projectCode(), g.projectName(), g.category().name(),
                g.category().label(), Money.exact(g.amount()), g.published(), g.hasForm());
    }
}
