package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Severity;
import org.budgetdisclosure.performance.mapping.FormMapper;
import org.budgetdisclosure.performance.repository.EntityMapper;
import org.budgetdisclosure.performance.repository.FormRepository;
import org.budgetdisclosure.performance.repository.FormRepository.FormFilter;
import org.budgetdisclosure.performance.repository.FormRepository.FormKey;
import org.budgetdisclosure.performance.repository.ManagedGoalRepository;
import org.budgetdisclosure.performance.repository.OverallGoalRepository;
import org.budgetdisclosure.performance.rest.model.FormDocument;
import org.budgetdisclosure.performance.rules.FormRules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes and reads forms and goals; validates everything before a single write. Reads run in one transaction
 * each; every write is one transaction in {@link FormWriter}, and a write that loses a race is answered here:
 * 409 for a create, 412 for a conditional write, a fresh attempt for an unconditional PUT.
 */
@ApplicationScoped
public class FormService {

    /** Attempts of an unconditional PUT that lost a race (a create beaten to the key needs exactly one more). */
    private static final int ATTEMPTS = 3;

    private final FormRepository forms;
    private final ManagedGoalRepository goals;
    private final OverallGoalRepository overalls;
    private final FormWriter writer;

    public FormService(FormRepository forms, ManagedGoalRepository goals, OverallGoalRepository overalls, FormWriter writer) {
        this.forms = forms;
        this.goals = goals;
        this.overalls = overalls;
        this.writer = writer;
    }

    public record Saved<T>(T value, boolean created) {
    }

    @Transactional
    public Optional<PerformanceForm> find(String unitCode, int year, String projectCode) {
        return forms.findByKey(unitCode, year, projectCode).map(EntityMapper::toDomain);
    }

    public PerformanceForm get(String unitCode, int year, String projectCode) {
        return find(unitCode, year, projectCode).orElseThrow(() -> new NotFoundException(
                "No performance form for project " + projectCode + " of unit " + unitCode + " in " + year));
    }

    /** The 404 of a form that does not exist. */
    public static NotFoundException noForm(String unitCode, int year, String projectCode) {
        return new NotFoundException("No performance form for project " + projectCode + " of unit " + unitCode + " in " + year);
    }

    /**
     * Stores a whole form. The preconditions (If-Match for a replace, If-None-Match: * or none for a create) are
     * checked inside the write transaction; {@code hashOf} computes a form's content hash (its ETag is the first
     * 128 bits). A form marked published must pass every local ERROR rule.
     */
    public Saved<PerformanceForm> put(String unitCode, int year, String projectCode, FormDocument document,
                                      String ifMatch, String ifNoneMatch, Function<PerformanceForm, String> hashOf,
                                      boolean mustBeNew) {
        String region = overall(unitCode, year).map(OverallGoal::regionName).orElse(null);
        PerformanceForm form = FormMapper.toDomain(unitCode, year, projectCode, document, region);
        if (form.published()) {
            List<FieldError> blocking = FormRules.check(form).stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .map(f -> new FieldError(f.field(), f.ruleId() + ": " + f.messageEn()))
                    .toList();
            if (!blocking.isEmpty()) {
                throw new ValidationFailedException("A published form must pass every ERROR rule", blocking);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.putForm(form, ifMatch, ifNoneMatch, hashOf, mustBeNew);
            } catch (RuntimeException e) {
                Optional<WriteConflict> conflict = WriteConflict.of(e);
                if (conflict.isEmpty()) {
                    throw e;
                }
                if (mustBeNew) {
                    throw new ConflictException("A form for project " + projectCode + " already exists; use PUT to replace it");
                }
                if (conflict.get() == WriteConflict.STALE_VERSION) {
                    throw new PreconditionFailedException("The form was changed since the ETag in If-Match was read");
                }
                // a create that lost to a concurrent create: once more, now as a replace under the same preconditions
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("The form was changed by concurrent writers; send it again");
                }
            }
        }
    }

    public void delete(String unitCode, int year, String projectCode, String ifMatch, Function<PerformanceForm, String> hashOf) {
        if (!writer.deleteForm(unitCode, year, projectCode, ifMatch, hashOf)) {
            throw new NotFoundException("No performance form for project " + projectCode);
        }
    }

    @Transactional
    public List<PerformanceForm> list(FormFilter filter, FormKey after, int limit) {
        return forms.list(filter, after, limit).stream().map(EntityMapper::toDomain).toList();
    }

    // ---- goals -------------------------------------------------------------------------

    @Transactional
    public List<ManagedGoal> goals(String unitCode, int year) {
        return goals.goalsOf(unitCode, year);
    }

    public Optional<ManagedGoal> goal(String unitCode, int year, String projectCode) {
        return goals(unitCode, year).stream().filter(g -> g.projectCode().equals(projectCode)).findFirst();
    }

    public Saved<ManagedGoal> putGoal(ManagedGoal goal, String ifMatch, String ifNoneMatch, Function<ManagedGoal, String> hashOf) {
        return retryingCreate(() -> writer.putGoal(goal, ifMatch, ifNoneMatch, hashOf), "goal " + goal.projectCode());
    }

    public void deleteGoal(String unitCode, int year, String projectCode, String ifMatch, Function<ManagedGoal, String> hashOf) {
        if (!writer.deleteGoal(unitCode, year, projectCode, ifMatch, hashOf)) {
            throw new NotFoundException("No form-less managed goal for project " + projectCode);
        }
    }

    // ---- overall goal --------------------------------------------------------------------

    @Transactional
    public Optional<OverallGoal> overall(String unitCode, int year) {
        return overalls.findByUnitYear(unitCode, year).map(EntityMapper::toDomain);
    }

    public Saved<OverallGoal> putOverall(OverallGoal goal, String ifMatch, String ifNoneMatch, Function<OverallGoal, String> hashOf) {
        return retryingCreate(() -> writer.putOverall(goal, ifMatch, ifNoneMatch, hashOf), "unit year " + goal.unitCode());
    }

    /** Local findings of one form (no other service asked). */
    public List<Finding> localFindings(PerformanceForm form) {
        return FormRules.check(form);
    }

    /**
     * A PUT whose create lost to a concurrent create is run once more: now the resource exists, and the same
     * preconditions answer it (428 without If-Match, 412 under If-None-Match: *), never 500.
     */
    private static <T> Saved<T> retryingCreate(Supplier<Saved<T>> write, String what) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (WriteConflict.of(e).isEmpty()) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("The " + what + " was changed by concurrent writers; send it again");
                }
            }
        }
    }
}
