package org.budgetdisclosure.performance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Severity;
import org.budgetdisclosure.performance.mapping.FormGridRenderer;
import org.budgetdisclosure.performance.mapping.FormMapper;
import org.budgetdisclosure.performance.mapping.Views;
import org.budgetdisclosure.performance.publication.ContentHash;
import org.budgetdisclosure.performance.publication.JsonDiff;
import org.budgetdisclosure.performance.publication.RevisionNumberRule;
import org.budgetdisclosure.performance.publication.RevisionNumberRule.Decision;
import org.budgetdisclosure.performance.repository.FormRepository.FormFilter;
import org.budgetdisclosure.performance.repository.RevisionRepository;
import org.budgetdisclosure.performance.repository.entity.RevisionEntity;
import org.budgetdisclosure.performance.rest.model.PerformancePart;
import org.budgetdisclosure.performance.rest.model.RevisionView;
import org.budgetdisclosure.performance.rest.model.SummaryView;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The publication lifecycle of the performance part (docs/publication.md): the draft part built exactly as the
 * GETs render it, its hash, freezing it as revision n, withdrawal, and reading frozen revisions.
 */
@ApplicationScoped
public class PublicationService {

    /** More forms than any unit-year has; a draft part holds all of them. */
    private static final int ALL = 100_000;

    private final FormService forms;
    private final SummaryService summaries;
    private final ValidationService validation;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    public PublicationService(FormService forms, SummaryService summaries, ValidationService validation,
                              RevisionRepository revisions, AuditLog audit, ObjectMapper mapper) {
        this.forms = forms;
        this.summaries = summaries;
        this.validation = validation;
        this.revisions = revisions;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** The draft part, its exact JSON text and that text's hash (= the contentHash it would get if frozen now). */
    public record Draft(PerformancePart part, List<PerformanceForm> forms, String json, String hash) {
    }

    /** A frozen revision whose outcome was a fresh freeze (201) or a replay of the same publish (200). */
    public record Frozen(RevisionEntity revision, boolean created) {
    }

    /** Builds the draft part in one transaction; the summary asks budget-service for its draft with the caller's token. */
    @Transactional
    public Draft draft(String unitCode, int year, String authorization) {
        var unitYear = forms.overall(unitCode, year).map(Views::unitYear).orElse(null);
        List<PerformanceForm> all = forms.list(new FormFilter(unitCode, year, null, null, null), null, ALL);
        List<PerformancePart.FrozenForm> frozenForms = all.stream().map(f -> new PerformancePart.FrozenForm(
                f.projectCode(), FormMapper.toDocument(f), FormGridRenderer.render(f))).toList();
        var goals = forms.goals(unitCode, year).stream().map(Views::goal).toList();
        SummaryView summary = unitYear == null && goals.isEmpty() ? null : summaries.summary(unitCode, year, authorization);
        PerformancePart part = new PerformancePart(unitYear, summary, frozenForms, goals);
        String json = write(part);
        return new Draft(part, all, json, ContentHash.of(json));
    }

    @Transactional
    public List<RevisionEntity> revisions(String unitCode, int year) {
        return revisions.of(unitCode, year);
    }

    @Transactional
    public Optional<RevisionEntity> revision(String unitCode, int year, int number) {
        return revisions.find(unitCode, year, number);
    }

    @Transactional
    public Optional<RevisionEntity> latestPublished(String unitCode, int year) {
        return revisions.latestPublished(unitCode, year);
    }

    @Transactional
    public List<RevisionEntity> latestPublishedOfEach(String unitCode, Integer year) {
        return revisions.latestPublishedOfEach(unitCode, year);
    }

    /**
     * PUT …/revisions/{n}: freezes the draft as revision n when n is the next number, answers the latest again
     * when the draft is unchanged (a replay), else 409/412; a draft with ERROR findings is 409 with the findings.
     */
    @Transactional
    public Frozen freeze(String unitCode, int year, int number, boolean ifNoneMatchAny, String authorization) {
        Optional<RevisionEntity> highest = revisions.highest(unitCode, year);
        Draft draft = draft(unitCode, year, authorization);
        Decision decision = RevisionNumberRule.decide(highest.map(RevisionEntity::getRevision).orElse(null), number,
                draft.hash(), highest.map(RevisionEntity::getContentHash).orElse(null), ifNoneMatchAny);
        switch (decision.outcome()) {
            case CONFLICT -> throw new ConflictException("Revision " + number + " cannot be frozen now; the next revision is "
                    + decision.expectedNext(), List.of(new FieldError("revision", "expected " + decision.expectedNext())));
            case REPLAY_REFUSED -> throw new PreconditionFailedException("Revision " + number
                    + " exists with the same content (If-None-Match: *)");
            case REPLAY -> {
                return new Frozen(highest.orElseThrow(), false);
            }
            case FREEZE -> {
                // the decision's branch below
            }
        }
        List<FieldError> blocking = blocking(validation.validate(draft.forms(), unitCode, year, authorization));
        if (!blocking.isEmpty()) {
            throw new ConflictException("The draft has error-level findings; it cannot be published", blocking);
        }
        JsonDiff.Result diff = highest.isEmpty() ? new JsonDiff.Result(0, false, List.of())
                : JsonDiff.diff(read(highest.get().getContent()), read(draft.json()));
        RevisionView.Changes changes = new RevisionView.Changes(highest.map(RevisionEntity::getRevision).orElse(null),
                diff.count(), diff.truncated(), diff.items().stream()
                .map(c -> new RevisionView.Change(c.path(), c.before(), c.after())).toList());
        RevisionEntity entity = new RevisionEntity(unitCode, year, number, now(), audit.actor(), draft.json(),
                draft.hash(), write(changes));
        try {
            revisions.persist(entity);
            revisions.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Revision " + number + " was frozen by a concurrent publish");
        }
        audit.record(AuditLog.Action.PUBLISH, unitCode, year, "revisions/" + number,
                highest.map(RevisionEntity::getContentHash).orElse(null), draft.hash());
        return new Frozen(entity, true);
    }

    /** Marks revision n WITHDRAWN (once; repeating it changes nothing). */
    @Transactional
    public RevisionEntity withdraw(String unitCode, int year, int number, String reason) {
        RevisionEntity entity = revisions.getEntityManager().find(RevisionEntity.class,
                new RevisionEntity.Key(unitCode, year, number), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("No revision " + number + " of unit " + unitCode + " in " + year);
        }
        if (!entity.isWithdrawn()) {
            entity.withdraw(now(), audit.actor(), reason);
            revisions.flush();
            audit.record(AuditLog.Action.WITHDRAW, unitCode, year, "revisions/" + number,
                    entity.getContentHash(), entity.getContentHash());
        }
        return entity;
    }

    public RevisionView.Changes changes(RevisionEntity entity) {
        try {
            return mapper.readValue(entity.getChanges(), RevisionView.Changes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored changes of a revision do not read", e);
        }
    }

    /** The stored content as a tree, to serve one of its members. */
    public JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored content of a revision does not read", e);
        }
    }

    private static List<FieldError> blocking(List<Finding> findings) {
        List<FieldError> errors = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                String where = f.projectCode() == null ? "" : "forms." + f.projectCode() + ".";
                errors.add(new FieldError(where + (f.field() == null ? "" : f.field()), f.ruleId() + ": " + f.messageEn()));
            }
        }
        return errors;
    }

    private String write(Object value) {
        try {
            return new String(mapper.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
