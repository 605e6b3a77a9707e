package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Severity;
import org.budgetdisclosure.performance.mapping.FormMapper;
import org.budgetdisclosure.performance.repository.FormRepository;
import org.budgetdisclosure.performance.repository.FormRepository.FormFilter;
import org.budgetdisclosure.performance.repository.FormRepository.FormKey;
import org.budgetdisclosure.performance.rest.model.FormDocument;
import org.budgetdisclosure.performance.rules.FormRules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Writes and reads forms and goals; validates everything before a single write. */
@ApplicationScoped
public class FormService {

    private final FormRepository repository;

    public FormService(FormRepository repository) {
        this.repository = repository;
    }

    public record Saved<T>(T value, boolean created) {
    }

    public Optional<PerformanceForm> find(String unitCode, int year, String projectCode) {
        return repository.find(unitCode, year, projectCode);
    }

    public PerformanceForm get(String unitCode, int year, String projectCode) {
        return find(unitCode, year, projectCode).orElseThrow(() -> new NotFoundException(
                "No performance form for project " + projectCode + " of unit " + unitCode + " in " + year));
    }

    /**
     * Stores a whole form. {@code ifMatch} (an ETag) guards against lost updates; {@code etagOf}
     * computes the stored form's ETag. A form marked published must pass every local ERROR rule.
     */
    public Saved<PerformanceForm> put(String unitCode, int year, String projectCode, FormDocument document,
                                      String ifMatch, Function<PerformanceForm, String> etagOf, boolean mustBeNew) {
        String region = repository.findOverall(unitCode, year).map(OverallGoal::regionName).orElse(null);
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
        Optional<PerformanceForm> existing = repository.find(unitCode, year, projectCode);
        if (mustBeNew && existing.isPresent()) {
            throw new ConflictException("A form for project " + projectCode + " already exists; use PUT to replace it");
        }
        if (ifMatch != null) {
            String current = existing.map(etagOf).orElse(null);
            if (!"*".equals(ifMatch.strip()) && (current == null || !matches(ifMatch, current))) {
                throw new PreconditionFailedException("If-Match does not match the stored form");
            }
            if ("*".equals(ifMatch.strip()) && current == null) {
                throw new PreconditionFailedException("If-Match: * but no form is stored");
            }
        }
        boolean created = repository.save(form);
        return new Saved<>(get(unitCode, year, projectCode), created);
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            if (candidate.strip().replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }

    public void delete(String unitCode, int year, String projectCode) {
        if (!repository.delete(unitCode, year, projectCode)) {
            throw new NotFoundException("No performance form for project " + projectCode);
        }
    }

    public List<PerformanceForm> list(FormFilter filter, FormKey after, int limit) {
        return repository.list(filter, after, limit);
    }

    // ---- goals -------------------------------------------------------------------------

    public List<ManagedGoal> goals(String unitCode, int year) {
        return repository.goals(unitCode, year);
    }

    public Optional<ManagedGoal> goal(String unitCode, int year, String projectCode) {
        return goals(unitCode, year).stream().filter(g -> g.projectCode().equals(projectCode)).findFirst();
    }

    public Saved<ManagedGoal> putGoal(ManagedGoal goal) {
        if (repository.find(goal.unitCode(), goal.fiscalYear(), goal.projectCode()).isPresent()) {
            throw new ConflictException("Project " + goal.projectCode()
                    + " has a form; its goal is managed through the form");
        }
        boolean created = repository.saveGoal(goal);
        return new Saved<>(goal(goal.unitCode(), goal.fiscalYear(), goal.projectCode()).orElseThrow(), created);
    }

    public void deleteGoal(String unitCode, int year, String projectCode) {
        if (!repository.deleteGoal(unitCode, year, projectCode)) {
            throw new NotFoundException("No form-less managed goal for project " + projectCode);
        }
    }

    // ---- overall goal --------------------------------------------------------------------

    public Optional<OverallGoal> overall(String unitCode, int year) {
        return repository.findOverall(unitCode, year);
    }

    public Saved<OverallGoal> putOverall(OverallGoal goal) {
        boolean created = repository.saveOverall(goal);
        return new Saved<>(repository.findOverall(goal.unitCode(), goal.fiscalYear()).orElseThrow(), created);
    }

    /** Local findings of one form (no other service asked). */
    public List<Finding> localFindings(PerformanceForm form) {
        return FormRules.check(form);
    }
}
