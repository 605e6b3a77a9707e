package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.repository.EntityMapper;
import org.budgetdisclosure.performance.repository.FormRepository;
import org.budgetdisclosure.performance.repository.ManagedGoalRepository;
import org.budgetdisclosure.performance.repository.OverallGoalRepository;
import org.budgetdisclosure.performance.repository.entity.ManagedGoalEntity;
import org.budgetdisclosure.performance.repository.entity.OverallGoalEntity;
import org.budgetdisclosure.performance.repository.entity.PerformanceFormEntity;
import org.budgetdisclosure.performance.repository.entity.ProjectKey;
import org.budgetdisclosure.performance.repository.entity.UnitYearKey;
import org.budgetdisclosure.performance.service.FormService.Saved;

import java.util.Optional;
import java.util.function.Function;

/**
 * One write = one transaction, flushed before it returns so a lost race surfaces here as an exception
 * ({@link WriteConflict}) that {@link FormService} turns into 409/412 or a fresh attempt.
 */
@ApplicationScoped
class FormWriter {

    private final FormRepository forms;
    private final ManagedGoalRepository goals;
    private final OverallGoalRepository overalls;

    FormWriter(FormRepository forms, ManagedGoalRepository goals, OverallGoalRepository overalls) {
        this.forms = forms;
        this.goals = goals;
        this.overalls = overalls;
    }

    /**
     * Checks If-Match against the stored form inside the transaction and stores the whole form. A conditional
     * write (If-Match) reads without a lock and relies on @Version: a writer that read the same version as a
     * committed one fails at flush. An unconditional write locks the row, so unconditional writers queue up
     * and the last one wins, as before.
     */
    @Transactional
    Saved<PerformanceForm> putForm(PerformanceForm form, String ifMatch, Function<PerformanceForm, String> etagOf,
                                   boolean mustBeNew) {
        String unit = form.unitCode();
        int year = form.fiscalYear();
        String project = form.projectCode();
        Optional<PerformanceFormEntity> existing = ifMatch == null && !mustBeNew
                ? forms.findByKeyForUpdate(unit, year, project)
                : forms.findByKey(unit, year, project);
        if (mustBeNew && existing.isPresent()) {
            throw new ConflictException("A form for project " + project + " already exists; use PUT to replace it");
        }
        if (ifMatch != null) {
            String current = existing.map(EntityMapper::toDomain).map(etagOf).orElse(null);
            if ("*".equals(ifMatch.strip())) {
                if (current == null) {
                    throw new PreconditionFailedException("If-Match: * but no form is stored");
                }
            } else if (current == null || !matches(ifMatch, current)) {
                throw new PreconditionFailedException("If-Match does not match the stored form");
            }
        }
        PerformanceFormEntity entity = existing.orElseGet(() -> new PerformanceFormEntity(unit, year, project));
        EntityMapper.copy(form, entity);
        if (existing.isEmpty()) {
            forms.persist(entity);
        }
        goals.deleteByKey(unit, year, project);
        forms.flush();
        forms.getEntityManager().clear();
        // read back as stored (numeric scale, timestamp precision), as the answer and its ETag must show
        return new Saved<>(EntityMapper.toDomain(forms.findByKey(unit, year, project).orElseThrow()),
                existing.isEmpty());
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            if (candidate.strip().replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    boolean deleteForm(String unitCode, int year, String projectCode) {
        return forms.deleteByKey(unitCode, year, projectCode);
    }

    @Transactional
    Saved<ManagedGoal> putGoal(ManagedGoal goal) {
        if (forms.existsByKey(goal.unitCode(), goal.fiscalYear(), goal.projectCode())) {
            throw new ConflictException("Project " + goal.projectCode()
                    + " has a form; its goal is managed through the form");
        }
        ProjectKey key = new ProjectKey(goal.unitCode(), goal.fiscalYear(), goal.projectCode());
        ManagedGoalEntity entity = goals.findById(key);
        boolean created = entity == null;
        if (created) {
            entity = new ManagedGoalEntity(key);
        }
        EntityMapper.copy(goal, entity);
        if (created) {
            goals.persist(entity);
        }
        goals.flush();
        goals.getEntityManager().clear();
        return new Saved<>(EntityMapper.toDomain(goals.findById(key)), created);
    }

    @Transactional
    boolean deleteGoal(String unitCode, int year, String projectCode) {
        return goals.deleteByKey(unitCode, year, projectCode);
    }

    @Transactional
    Saved<OverallGoal> putOverall(OverallGoal goal) {
        UnitYearKey key = new UnitYearKey(goal.unitCode(), goal.fiscalYear());
        OverallGoalEntity entity = overalls.findById(key);
        boolean created = entity == null;
        if (created) {
            entity = new OverallGoalEntity(key);
        }
        EntityMapper.copy(goal, entity);
        if (created) {
            overalls.persist(entity);
        }
        overalls.flush();
        overalls.getEntityManager().clear();
        return new Saved<>(EntityMapper.toDomain(overalls.findById(key)), created);
    }
}
