package org.budgetdisclosure.asset.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.asset.ConsistencyRules;
import org.budgetdisclosure.asset.ContentHash;
import org.budgetdisclosure.asset.Finding;
import org.budgetdisclosure.asset.FreezeRules;
import org.budgetdisclosure.asset.JsonDiff;
import org.budgetdisclosure.asset.RevisionRule;
import org.budgetdisclosure.asset.entity.RevisionEntity;
import org.budgetdisclosure.asset.mapping.PartContent;
import org.budgetdisclosure.asset.repository.RevisionRepository;
import org.budgetdisclosure.asset.api.Api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Revisions of a unit-year's asset part (docs/publication.md): freezing the draft as revision n, withdrawing,
 * reading. A revision stores the content as the exact JSON text it is served with; nothing derives it again.
 */
@ApplicationScoped
public class PublicationService {

    private final AssetService assets;
    private final RevisionRepository revisions;
    private final Auditor auditor;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PublicationService(AssetService assets, RevisionRepository revisions, Auditor auditor, ObjectMapper mapper,
                              Clock clock) {
        this.assets = assets;
        this.revisions = revisions;
        this.auditor = auditor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The draft rendered as a revision would freeze it, with its hash. */
    public record Draft(String content, String hash, ConsistencyRules.Subject subject) {
    }

    /** What a PUT …/revisions/{n} did. */
    public record Frozen(RevisionEntity revision, boolean created) {
    }

    /** A refused freeze: the decision and, for findings, what blocks it. */
    public static class FreezeRefused extends RuntimeException {
        public final RevisionRule.Decision decision;
        public final int expectedNext;
        public final List<Finding> findings;

        FreezeRefused(RevisionRule.Decision decision, int expectedNext, List<Finding> findings) {
            super(decision.name());
            this.decision = decision;
            this.expectedNext = expectedNext;
            this.findings = findings;
        }
    }

    @Transactional
    public Draft draft(String unitCode, int year) {
        ConsistencyRules.Subject subject = assets.subject(unitCode, year);
        String content = json(PartContent.of(unitCode, subject));
        return new Draft(content, ContentHash.of(content), subject);
    }

    @Transactional
    public List<RevisionEntity> list(String unitCode, int year) {
        return revisions.ofUnitYear(unitCode, year);
    }

    @Transactional
    public Optional<RevisionEntity> revision(String unitCode, int year, int n) {
        return revisions.revision(unitCode, year, n);
    }

    @Transactional
    public Optional<RevisionEntity> latestServable(String unitCode, int year) {
        return revisions.latestServable(unitCode, year);
    }

    /**
     * Freezes the draft as revision n, or answers a replay; refuses with {@link FreezeRefused}. Two publishes of
     * the same n race on the primary key; the loser runs again and finds a replay.
     */
    @RetryOnConflict
    @Transactional
    public Frozen freeze(String unitCode, int year, int n, boolean ifNoneMatchStar) {
        Optional<RevisionEntity> newest = revisions.newest(unitCode, year);
        Integer latest = newest.map(r -> r.revision).orElse(null);
        Draft draft = draft(unitCode, year);
        RevisionRule.Decision decision = RevisionRule.decide(latest, n, draft.hash(),
                newest.map(r -> r.contentHash).orElse(null), ifNoneMatchStar);
        int next = RevisionRule.expectedNext(latest);
        switch (decision) {
            case REPLAY -> {
                return new Frozen(newest.orElseThrow(), false);
            }
            case FREEZE -> {
            }
            default -> throw new FreezeRefused(decision, next, List.of());
        }
        List<Finding> blocking = FreezeRules.blocking(draft.subject(),
                ConsistencyRules.check(draft.subject(), assets.today()));
        if (!blocking.isEmpty()) {
            throw new FreezeRefused(decision, next, blocking);
        }
        RevisionEntity revision = new RevisionEntity();
        revision.unitCode = unitCode;
        revision.fiscalYear = year;
        revision.revision = n;
        revision.publishedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        revision.publishedBy = auditor.actor();
        revision.content = draft.content();
        revision.contentHash = draft.hash();
        revision.changes = json(changes(newest, draft.content()));
        revisions.persist(revision);
        revisions.flush();
        auditor.record(Auditor.Action.PUBLISH, unitCode, year, "revision " + n,
                newest.map(r -> r.contentHash).orElse(null), revision.contentHash);
        return new Frozen(revision, true);
    }

    /** Marks revision n withdrawn (once; a repeat changes nothing). Empty when there is no revision n. */
    @RetryOnConflict
    @Transactional
    public Optional<RevisionEntity> withdraw(String unitCode, int year, int n, String reason) {
        Optional<RevisionEntity> found = revisions.revision(unitCode, year, n);
        found.filter(r -> !r.withdrawn()).ifPresent(r -> {
            r.withdrawnAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            r.withdrawnBy = auditor.actor();
            r.withdrawalReason = reason;
            revisions.flush();
            auditor.record(Auditor.Action.WITHDRAW, unitCode, year, "revision " + n, r.contentHash, r.contentHash);
        });
        return found;
    }

    private Api.ChangesView changes(Optional<RevisionEntity> previous, String content) {
        if (previous.isEmpty()) {
            return new Api.ChangesView(null, 0, false, List.of());
        }
        JsonDiff.Result diff = JsonDiff.diff(tree(previous.get().content), tree(content));
        List<Api.ChangeView> items = new ArrayList<>();
        for (JsonDiff.Item item : diff.items()) {
            items.add(new Api.ChangeView(item.path(), item.before(), item.after()));
        }
        return new Api.ChangesView(previous.get().revision, diff.count(), diff.truncated(), items);
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }
}
