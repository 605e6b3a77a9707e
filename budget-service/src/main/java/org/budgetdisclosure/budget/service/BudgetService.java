package org.budgetdisclosure.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.BudgetStatus;
import org.budgetdisclosure.budget.BudgetSummary;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.figures.BudgetFigures;
import org.budgetdisclosure.budget.figures.FiguresCalculator;
import org.budgetdisclosure.budget.mapping.BudgetNormalizer;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.publication.Preconditions;
import org.budgetdisclosure.budget.repository.BudgetRepository;
import org.budgetdisclosure.budget.repository.RevisionRepository;
import org.budgetdisclosure.budget.StoredBudget;
import org.budgetdisclosure.budget.repository.UnitRepository;
import org.budgetdisclosure.budget.tables.BudgetTable;
import org.budgetdisclosure.budget.tables.BudgetTableDeriver;
import org.budgetdisclosure.budget.validation.BudgetDocumentRules;
import org.budgetdisclosure.budget.validation.BudgetRules;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.validation.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Budgets: whole-document writes in one transaction, validated before anything is written, and
 * the derived views (tables, figures, findings), computed once per content and kept while the
 * content stays the same.
 */
@ApplicationScoped
public class BudgetService {

    /** Bump when a derivation changes, so cached views and their ETags change with it. */
    static final String DERIVATION_VERSION = "1";

    private final BudgetRepository budgets;
    private final UnitRepository units;
    private final CatalogueService catalogues;
    private final ObjectMapper mapper;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final Map<String, Derived> derived = new ConcurrentHashMap<>();

    BudgetService(BudgetRepository budgets, UnitRepository units, CatalogueService catalogues, ObjectMapper mapper,
                  RevisionRepository revisions, AuditLog audit) {
        this.budgets = budgets;
        this.revisions = revisions;
        this.audit = audit;
        this.units = units;
        this.catalogues = catalogues;
        this.mapper = mapper;
    }

    /** The outcome of a PUT: whether the budget was new, and the stored budget with its ETag. */
    public record WriteResult(boolean created, Budget budget, String etag) {
    }

    /**
     * Everything derived from one version of a budget. {@code etag} identifies that version of the views;
     * {@code rendered} keeps each view's JSON once written, so an unchanged budget is served without
     * deriving or serialising again.
     */
    public record Derived(String etag, Budget budget, String unitName, List<BudgetTable> tables, BudgetFigures figures,
                          List<Finding> findings, Map<String, byte[]> rendered) {

        public byte[] rendered(String view, java.util.function.Supplier<byte[]> render) {
            return rendered.computeIfAbsent(view, v -> render.get());
        }
    }

    public record Page(List<BudgetSummary> items, String next) {
    }

    public Optional<StoredBudget> find(String unitCode, int year) {
        return budgets.find(unitCode, year);
    }

    /**
     * A page of unit-years: each with its newest published, not withdrawn revision ({@code published}) and, for a
     * caller whose scope covers the unit ({@code draftScope}, null for one who may read no draft), its draft.
     * {@code status} PUBLISHED lists the published part only; DRAFT or APPROVED the drafts of that status only.
     */
    public Page list(String after, int limit, Integer year, String regionCode, BudgetStatus status, List<String> draftScope) {
        java.util.TreeMap<String, BudgetSummary.Builder> merged = new java.util.TreeMap<>();
        if (status == null || status == BudgetStatus.PUBLISHED) {
            for (RevisionRepository.PublishedRow row : revisions.latestPublished(after, limit + 1, year, regionCode)) {
                merged.computeIfAbsent(row.key(), k -> new BudgetSummary.Builder(row.unitCode(), row.fiscalYear()))
                        .published(row.unitName(), row.regionCode(),
                                new BudgetSummary.Published(row.revision(), row.publishedAt(), row.contentHash()));
            }
        }
        if (draftScope != null && !draftScope.isEmpty() && status != BudgetStatus.PUBLISHED) {
            for (BudgetRepository.DraftRow row : budgets.drafts(after, limit + 1, year, regionCode, status, draftScope)) {
                merged.computeIfAbsent(row.key(), k -> new BudgetSummary.Builder(row.unitCode(), row.fiscalYear()))
                        .draft(row.unitName(), row.regionCode(), new BudgetSummary.Draft(row.status(), row.version(), row.updatedAt()));
            }
        }
        List<BudgetSummary> rows = merged.values().stream().limit(limit + 1L).map(BudgetSummary.Builder::build).toList();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<BudgetSummary> page = rows.subList(0, limit);
        BudgetSummary last = page.get(limit - 1);
        return new Page(page, last.unitCode() + "/" + String.format("%04d", last.fiscalYear()));
    }

    /**
     * Stores the draft. An update needs If-Match naming the current ETag (428 without, 412 on a mismatch); a create
     * takes If-None-Match: * or nothing. Of two writers on one ETag the second fails its versioned update (JPA
     * {@code @Version} on the entity's revision column) and gets 412; of two creates the second fails its insert
     * on the unique key and gets 412 as well (it exists now: read it and send If-Match).
     */
    public WriteResult put(String unitCode, int year, Budget input, String ifMatch, String ifNoneMatch) {
        if (input.status() == BudgetStatus.PUBLISHED) {
            throw new InvalidRequestException("A draft cannot be stored as published", List.of(new FieldError("status",
                    "must be DRAFT or APPROVED: status PUBLISHED is reached only by publishing, through "
                            + "POST /api/v1/disclosures/" + unitCode + "/" + year + "/publish")));
        }
        try {
            return write(unitCode, year, input, ifMatch, ifNoneMatch);
        } catch (RuntimeException e) {
            if (!ConcurrentWrites.lostRace(e)) {
                throw e;
            }
            throw new PreconditionFailedException("Another write of the " + year + " budget of " + unitCode
                    + " won; read it again and send If-Match with its ETag");
        }
    }

    /** One attempt of {@link #put}, in its own transaction (intercepted self-invocation). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    WriteResult write(String unitCode, int year, Budget input, String ifMatch, String ifNoneMatch) {
        List<FieldError> errors = new ArrayList<>();
        if (!BudgetDocumentRules.isValidYear(year)) {
            throw new InvalidRequestException("The fiscal year is out of range", List.of(new FieldError("fiscalYear",
                    "must be between " + BudgetDocumentRules.MIN_YEAR + " and " + BudgetDocumentRules.MAX_YEAR + ": " + year)));
        }
        if (input.unitCode() != null && !input.unitCode().equals(unitCode)) {
            errors.add(new FieldError("unitCode", "does not match the unit code in the path: " + input.unitCode()));
        }
        if (input.fiscalYear() != null && input.fiscalYear() != year) {
            errors.add(new FieldError("fiscalYear", "does not match the year in the path: " + input.fiscalYear()));
        }
        Optional<UnitRepository.Identity> unit = units.identity(unitCode);
        if (unit.isEmpty()) {
            errors.add(new FieldError("unitCode", "no unit " + unitCode + ": create it first with PUT /api/v1/units/" + unitCode));
        }
        Optional<YearCatalogue> catalogue = catalogues.year(year);
        if (catalogue.isEmpty()) {
            errors.add(new FieldError("fiscalYear", "no classification catalogue for " + year
                    + ": load one with PUT /api/v1/classifications/functional/" + year));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The budget cannot be stored", errors);
        }
        errors.addAll(BudgetDocumentRules.check(input, catalogue.get()));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The budget document is not valid", errors);
        }
        Budget normalized = BudgetNormalizer.normalize(input.withIdentity(unitCode, year, 0));
        String hash = contentHash(normalized);
        Optional<BudgetRepository.Current> existing = budgets.current(unitCode, year);
        checkPrecondition(ifMatch, ifNoneMatch, existing.map(e -> quote(e.contentHash())).orElse(null),
                "the " + year + " budget of " + unitCode);
        if (existing.isPresent() && existing.get().contentHash().equals(hash)) {
            // the hash covers the whole normalised document but the version, so this is what is stored
            return new WriteResult(false, normalized.withIdentity(unitCode, year, existing.get().version()), quote(hash));
        }
        int version = budgets.save(normalized.withIdentity(unitCode, year, 0), hash,
                existing.map(BudgetRepository.Current::id).orElse(null));
        audit.record(existing.isEmpty() ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE, unitCode, year, "budget-draft",
                existing.map(BudgetRepository.Current::contentHash).orElse(null), hash);
        derived.remove(key(unitCode, year));
        return new WriteResult(existing.isEmpty(), normalized.withIdentity(unitCode, year, version), quote(hash));
    }

    /** 428 when an update or delete names no version, 412 when it names another one or a create finds one. */
    static void checkPrecondition(String ifMatch, String ifNoneMatch, String currentEtag, String what) {
        switch (Preconditions.decide(ifMatch, ifNoneMatch, currentEtag)) {
            case PROCEED -> {
            }
            case REQUIRED -> throw new PreconditionRequiredException("Changing " + what
                    + " needs If-Match with the ETag you read (now " + currentEtag + ")");
            case FAILED -> throw new PreconditionFailedException(currentEtag == null
                    ? "If-Match " + ifMatch + " names a version of " + what + ", which does not exist"
                    : (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim()))
                    ? what.substring(0, 1).toUpperCase() + what.substring(1) + " exists already (If-None-Match: *)"
                    : "If-Match " + ifMatch + " does not name the current version " + currentEtag + " of " + what);
        }
    }

    /**
     * Deletes the draft (its published revisions stay and stay served). Needs If-Match naming the current ETag; a
     * write that changed the draft in between makes the versioned delete find nothing, answered 412.
     */
    @Transactional
    public boolean delete(String unitCode, int year, String ifMatch) {
        Optional<BudgetRepository.Current> current = budgets.current(unitCode, year);
        if (current.isEmpty()) {
            return false;
        }
        checkPrecondition(ifMatch, null, quote(current.get().contentHash()), "the " + year + " budget of " + unitCode);
        if (!budgets.delete(unitCode, year, current.get().version())) {
            throw new PreconditionFailedException("Another write of the " + year + " budget of " + unitCode + " won; read it again");
        }
        audit.record(AuditEntry.Action.DELETE, unitCode, year, "budget-draft", current.get().contentHash(), null);
        derived.remove(key(unitCode, year));
        return true;
    }

    /** The derived views of the current version, from the cache when the content has not changed. */
    public Optional<Derived> derived(String unitCode, int year) {
        Optional<BudgetRepository.Version> version = budgets.version(unitCode, year);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String etag = quote(sha256(version.get().contentHash() + "|" + version.get().unitName() + "|"
                + version.get().unitType() + "|" + DERIVATION_VERSION));
        Derived cached = derived.get(key(unitCode, year));
        if (cached != null && cached.etag().equals(etag)) {
            return Optional.of(cached);
        }
        Optional<StoredBudget> stored = budgets.find(unitCode, year);
        Optional<UnitRepository.Identity> unit = units.identity(unitCode);
        if (stored.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        Budget budget = stored.get().budget();
        YearCatalogue catalogue = catalogues.year(year).orElseThrow(() -> new IllegalStateException("catalogue of " + year + " vanished"));
        Derived fresh = derive(etag, budget, unit.get().name(), unit.get().unitType(), catalogue);
        derived.put(key(unitCode, year), fresh);
        return Optional.of(fresh);
    }

    /** Derives tables, figures and findings: pure, so also what the benchmark measures. */
    public static Derived derive(String etag, Budget budget, String unitName, UnitType unitType, YearCatalogue catalogue) {
        List<BudgetTable> tables = new BudgetTableDeriver(budget, unitName, catalogue).all();
        return new Derived(etag, budget, unitName, tables, FiguresCalculator.compute(budget, catalogue),
                BudgetRules.check(budget, unitType, catalogue, tables), new ConcurrentHashMap<>());
    }

    /** Drops cached views of a unit's budgets, e.g. after its name changed. */
    public void forgetUnit(String unitCode) {
        derived.keySet().removeIf(k -> k.startsWith(unitCode + "/"));
    }

    private String contentHash(Budget normalized) {
        try {
            return sha256(mapper.writeValueAsString(normalized));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a budget", e);
        }
    }

    private static String key(String unitCode, int year) {
        return unitCode + "/" + year;
    }

    static String quote(String hash) {
        return "\"" + hash + "\"";
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
