package org.budgetdisclosure.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.budget.BudgetStatus;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.publication.ContentHash;
import org.budgetdisclosure.budget.publication.FrozenContent;
import org.budgetdisclosure.budget.publication.Glossary;
import org.budgetdisclosure.budget.publication.JsonChanges;
import org.budgetdisclosure.budget.publication.RevisionChanges;
import org.budgetdisclosure.budget.publication.RevisionRule;
import org.budgetdisclosure.budget.publication.StoredRevision;
import org.budgetdisclosure.budget.repository.BudgetRepository;
import org.budgetdisclosure.budget.repository.RevisionRepository;
import org.budgetdisclosure.budget.repository.UnitRepository;
import org.budgetdisclosure.budget.tables.BudgetTables;
import org.budgetdisclosure.budget.validation.Severity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Revisions of the budget part (docs/publication.md): freezing the draft as revision n, serving revisions as the
 * exact text stored, withdrawing one. The frozen content is built from the draft with the same records the GET
 * endpoints render, so a revision is what those endpoints showed at publish time, byte for byte.
 */
@ApplicationScoped
public class PublicationService {

    public static final int MAX_REASON = 2000;

    private final BudgetService budgets;
    private final BudgetRepository drafts;
    private final UnitRepository units;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    PublicationService(BudgetService budgets, BudgetRepository drafts, UnitRepository units, RevisionRepository revisions,
                       AuditLog audit, ObjectMapper mapper) {
        this.budgets = budgets;
        this.drafts = drafts;
        this.units = units;
        this.revisions = revisions;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** The outcome of a freeze: the revision, and whether it was made now (201) or is a replay (200). */
    public record Frozen(StoredRevision revision, boolean created) {
    }

    public List<StoredRevision> revisions(String unitCode, int year) {
        return revisions.all(unitCode, year);
    }

    public Optional<StoredRevision> revision(String unitCode, int year, int n) {
        return revisions.find(unitCode, year, n);
    }

    public Optional<StoredRevision> latestPublished(String unitCode, int year) {
        return revisions.latestPublished(unitCode, year);
    }

    /**
     * The hash a revision of the draft would have if it were frozen now. The glossary is not part of the draft
     * (the publisher passes it when freezing): the latest revision's glossary stands in, [] when there is none.
     */
    @Transactional
    public Optional<String> draftHash(String unitCode, int year) {
        JsonNode glossary = revisions.all(unitCode, year).stream().findFirst().map(r -> read(r.content()).get("glossary"))
                .orElse(null);
        return draftContent(unitCode, year, glossary).map(ContentHash::of);
    }

    /** Freezes the current draft as revision {@code n}: the rules of {@link RevisionRule}, then the part's own checks. */
    @Transactional
    public Frozen freeze(String unitCode, int year, int n, JsonNode glossary, String ifNoneMatch) {
        List<FieldError> glossaryErrors = Glossary.check(glossary);
        if (!glossaryErrors.isEmpty()) {
            throw new InvalidRequestException("The glossary is not valid", glossaryErrors);
        }
        if (drafts.lock(unitCode, year).isEmpty()) {
            throw new NotFoundException("No draft " + year + " budget of unit " + unitCode + " to publish");
        }
        BudgetService.Derived derived = budgets.derived(unitCode, year)
                .orElseThrow(() -> new NotFoundException("No draft " + year + " budget of unit " + unitCode + " to publish"));
        String content = draftContent(unitCode, year, glossary).orElseThrow();
        String hash = ContentHash.of(content);
        int latest = revisions.latestNumber(unitCode, year);
        Optional<StoredRevision> previous = latest == 0 ? Optional.empty() : revisions.find(unitCode, year, latest);
        boolean createOnly = ifNoneMatch != null && "*".equals(ifNoneMatch.trim());
        switch (RevisionRule.decide(n, latest, previous.map(StoredRevision::contentHash).orElse(null), hash, createOnly)) {
            case REPLAY -> {
                return new Frozen(previous.orElseThrow(), false);
            }
            case EXISTS -> throw new PreconditionFailedException("Revision " + n + " of the " + year + " budget of " + unitCode
                    + " exists already (If-None-Match: *)");
            case WRONG_NUMBER -> throw new ConflictException("The next revision of the " + year + " budget of " + unitCode
                    + " is " + RevisionRule.next(latest) + (latest == 0 ? "" : "; revision " + latest
                    + " is frozen with other content") + ": nothing was frozen as " + n);
            case TOO_MANY -> throw new InvalidRequestException("The " + year + " budget of " + unitCode + " has "
                    + RevisionRule.MAX_REVISIONS + " revisions, the most a unit-year keeps",
                    List.of(new FieldError("n", "must be at most " + RevisionRule.MAX_REVISIONS)));
            case FREEZE -> {
            }
        }
        List<FieldError> blocking = derived.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new FieldError(f.location() != null && f.location().field() != null ? f.location().field() : "budget",
                        f.ruleId() + ": " + f.messageEn())).toList();
        if (!blocking.isEmpty()) {
            throw new RevisionConflictException("The " + year + " budget of " + unitCode + " cannot be published while "
                    + blocking.size() + " error-level check(s) fail", blocking);
        }
        RevisionChanges changes = previous.map(p -> RevisionChanges.of(p.revision(), JsonChanges.between(read(p.content()), read(content))))
                .orElse(RevisionChanges.first());
        JsonNode frozenUnit = read(content).path("unit");
        StoredRevision revision = new StoredRevision(unitCode, year, n, content, hash, write(changes),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), audit.actor(), null, null, null);
        revisions.insert(revision, frozenUnit.path("name").asText(), frozenUnit.path("regionCode").asText());
        audit.record(AuditEntry.Action.PUBLISH, unitCode, year, "budget-revision/" + n,
                previous.map(StoredRevision::contentHash).orElse(null), hash);
        return new Frozen(revision, true);
    }

    /** Marks revision n withdrawn with who, when and why; a second withdrawal changes nothing. */
    @Transactional
    public StoredRevision withdraw(String unitCode, int year, int n, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidRequestException("The withdrawal needs a reason",
                    List.of(new FieldError("reason", "must be 1 to " + MAX_REASON + " characters, not blank")));
        }
        StoredRevision revision = revisions.find(unitCode, year, n)
                .orElseThrow(() -> new NotFoundException("No revision " + n + " of the " + year + " budget of unit " + unitCode));
        if (revision.withdrawn()) {
            return revision;
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        revisions.withdraw(unitCode, year, n, at, audit.actor(), reason);
        audit.record(AuditEntry.Action.WITHDRAW, unitCode, year, "budget-revision/" + n, revision.contentHash(), revision.contentHash());
        return revisions.find(unitCode, year, n).orElseThrow();
    }

    /** The content a revision of the draft would freeze now, as the exact JSON text it would be stored with. */
    Optional<String> draftContent(String unitCode, int year, JsonNode glossary) {
        Optional<BudgetService.Derived> derived = budgets.derived(unitCode, year);
        Optional<Unit> unit = units.find(unitCode);
        if (derived.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        BudgetService.Derived d = derived.get();
        FrozenContent content = new FrozenContent(unit.get(), d.budget().withStatus(BudgetStatus.PUBLISHED),
                new BudgetTables(unitCode, year, d.unitName(), d.tables()), d.figures(),
                glossary == null || glossary.isNull() ? mapper.createArrayNode() : glossary);
        return Optional.of(write(content));
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a revision", e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored revision is not JSON", e);
        }
    }
}
