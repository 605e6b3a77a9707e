package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.repository.EntityMapper;
import org.budgetdisclosure.performance.repository.FormRepository;
import org.budgetdisclosure.performance.repository.ManagedGoalRepository;
import org.budgetdisclosure.performance.repository.OverallGoalRepository;
import org.budgetdisclosure.performance.repository.entity.ManagedGoalEntity;
import org.budgetdisclosure.performance.repository.entity.OverallGoalEntity;
import org.budgetdisclosure.performance.repository.entity.PerformanceFormEntity;
import org.budgetdisclosure.performance.repository.entity.ProjectKey;
import org.budgetdisclosure.performance.repository.entity.UnitYearKey;
import org.budgetdisclosure.performance.publication.ContentHash;
import org.budgetdisclosure.performance.service.FormService.Saved;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One write = one transaction, flushed before it returns so a lost race surfaces here as an exception
 * ({@link WriteConflict}) that {@link FormService} turns into 409/412 or a fresh attempt. Every write checks its
 * preconditions ({@link WriteGuard}) inside its transaction and appends its audit row in the same transaction.
 */
@ApplicationScoped
class FormWriter {

    private final FormRepository forms;
    private final ManagedGoalRepository goals;
    private final OverallGoalRepository overalls;
    private final AuditLog audit;

    FormWriter(FormRepository forms, ManagedGoalRepository goals, OverallGoalRepository overalls, AuditLog audit) {
        this.forms = forms;
        this.goals = goals;
        this.overalls = overalls;
        this.audit = audit;
    }

    /**
     * Checks the preconditions against the stored form inside the transaction and stores the whole form. The
     * form is read without a lock and its @Version guards the write: of writers that read the same version, one
     * commits and the others fail at flush (412).
     */
    @Transactional
    Saved<PerformanceForm> putForm(PerformanceForm form, String ifMatch, String ifNoneMatch,
                                   Function<PerformanceForm, String> hashOf, boolean mustBeNew) {
        String unit = form.unitCode();
        int year = form.fiscalYear();
        String project = form.projectCode();
        Optional<PerformanceFormEntity> existing = forms.findByKey(unit, year, project);
        if (mustBeNew && existing.isPresent()) {
            throw new ConflictException("A form for project " + project + " already exists; use PUT to replace it");
        }
        String before = existing.map(EntityMapper::toDomain).map(hashOf).orElse(null);
        if (!mustBeNew) {
            WriteGuard.enforce(WriteGuard.check(before == null ? null : ContentHash.etag(before), ifMatch, ifNoneMatch),
                    "form of project " + project);
        }
        if (existing.isEmpty()) {
            ensureRoomForProject(unit, year, project);
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
        PerformanceForm stored = EntityMapper.toDomain(forms.findByKey(unit, year, project).orElseThrow());
        audit.record(existing.isEmpty() ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, unit, year,
                "forms/" + project, before, hashOf.apply(stored));
        return new Saved<>(stored, existing.isEmpty());
    }

    /**
     * A new project (form or form-less goal) needs room in its unit-year: at most
     * {@link FieldLimits#PROJECTS_PER_YEAR} (422 naming projectCode). Creates of one unit-year queue on a
     * transaction-scoped advisory lock, so concurrent creates cannot overshoot the limit together.
     */
    private void ensureRoomForProject(String unit, int year, String project) {
        var em = forms.getEntityManager();
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:unit), :year)) l")
                .setParameter("unit", "performance-projects:" + unit).setParameter("year", year).getSingleResult();
        Number others = (Number) em.createNativeQuery("""
                select (select count(*) from performance_form
                         where unit_code = :unit and fiscal_year = :year and project_code <> :project)
                     + (select count(*) from managed_goal
                         where unit_code = :unit and fiscal_year = :year and project_code <> :project)""")
                .setParameter("unit", unit).setParameter("year", year).setParameter("project", project)
                .getSingleResult();
        if (!FieldLimits.roomForAnotherProject(others.longValue())) {
            throw new ValidationFailedException("The unit's year holds " + others + " projects",
                    List.of(new org.budgetdisclosure.performance.FieldError("projectCode",
                            "the unit's year already holds " + FieldLimits.PROJECTS_PER_YEAR
                                    + " projects (forms and managed goals); no more can be added")));
        }
    }

    /** Deletes a form under If-Match; the row is locked so concurrent deletes queue (the later ones find nothing). */
    @Transactional
    boolean deleteForm(String unitCode, int year, String projectCode, String ifMatch,
                       Function<PerformanceForm, String> hashOf) {
        Optional<PerformanceFormEntity> existing = forms.findByKeyForUpdate(unitCode, year, projectCode);
        if (existing.isEmpty()) {
            return false;
        }
        String before = hashOf.apply(EntityMapper.toDomain(existing.get()));
        WriteGuard.enforce(WriteGuard.check(ContentHash.etag(before), ifMatch, null), "form of project " + projectCode);
        forms.getEntityManager().clear();
        forms.deleteByKey(unitCode, year, projectCode);
        audit.record(AuditLog.Action.DELETE, unitCode, year, "forms/" + projectCode, before, null);
        return true;
    }

    /** Stores a form-less goal; the row is locked, so of writers holding the same ETag one wins and the rest get 412. */
    @Transactional
    Saved<ManagedGoal> putGoal(ManagedGoal goal, String ifMatch, String ifNoneMatch, Function<ManagedGoal, String> hashOf) {
        if (forms.existsByKey(goal.unitCode(), goal.fiscalYear(), goal.projectCode())) {
            throw new ConflictException("Project " + goal.projectCode()
                    + " has a form; its goal is managed through the form");
        }
        ProjectKey key = new ProjectKey(goal.unitCode(), goal.fiscalYear(), goal.projectCode());
        ManagedGoalEntity entity = goals.getEntityManager().find(ManagedGoalEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        boolean created = entity == null;
        String before = created ? null : hashOf.apply(EntityMapper.toDomain(entity));
        WriteGuard.enforce(WriteGuard.check(before == null ? null : ContentHash.etag(before), ifMatch, ifNoneMatch),
                "goal of project " + goal.projectCode());
        if (created) {
            ensureRoomForProject(goal.unitCode(), goal.fiscalYear(), goal.projectCode());
            entity = new ManagedGoalEntity(key);
        }
        EntityMapper.copy(goal, entity);
        if (created) {
            goals.persist(entity);
        }
        goals.flush();
        goals.getEntityManager().clear();
        ManagedGoal stored = EntityMapper.toDomain(goals.findById(key));
        audit.record(created ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, goal.unitCode(), goal.fiscalYear(),
                "goals/" + goal.projectCode(), before, hashOf.apply(stored));
        return new Saved<>(stored, created);
    }

    @Transactional
    boolean deleteGoal(String unitCode, int year, String projectCode, String ifMatch, Function<ManagedGoal, String> hashOf) {
        ProjectKey key = new ProjectKey(unitCode, year, projectCode);
        ManagedGoalEntity entity = goals.getEntityManager().find(ManagedGoalEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            return false;
        }
        String before = hashOf.apply(EntityMapper.toDomain(entity));
        WriteGuard.enforce(WriteGuard.check(ContentHash.etag(before), ifMatch, null), "goal of project " + projectCode);
        goals.delete(entity);
        goals.flush();
        audit.record(AuditLog.Action.DELETE, unitCode, year, "goals/" + projectCode, before, null);
        return true;
    }

    /** Stores the unit's year; the row is locked, so of writers holding the same ETag one wins and the rest get 412. */
    @Transactional
    Saved<OverallGoal> putOverall(OverallGoal goal, String ifMatch, String ifNoneMatch, Function<OverallGoal, String> hashOf) {
        UnitYearKey key = new UnitYearKey(goal.unitCode(), goal.fiscalYear());
        OverallGoalEntity entity = overalls.getEntityManager().find(OverallGoalEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        boolean created = entity == null;
        String before = created ? null : hashOf.apply(EntityMapper.toDomain(entity));
        WriteGuard.enforce(WriteGuard.check(before == null ? null : ContentHash.etag(before), ifMatch, ifNoneMatch),
                "unit's year " + goal.unitCode() + "/" + goal.fiscalYear());
        if (created) {
            entity = new OverallGoalEntity(key);
        }
        EntityMapper.copy(goal, entity);
        if (created) {
            overalls.persist(entity);
        }
        overalls.flush();
        overalls.getEntityManager().clear();
        OverallGoal stored = EntityMapper.toDomain(overalls.findById(key));
        audit.record(created ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, goal.unitCode(), goal.fiscalYear(),
                "unit-year", before, hashOf.apply(stored));
        return new Saved<>(stored, created);
    }
}
