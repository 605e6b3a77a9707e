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
import org.budgetdisclosure.budget.repository.BudgetRepository;
import org.budgetdisclosure.budget.StoredBudget;
import org.budgetdisclosure.budget.repository.UnitRepository;
import org.budgetdisclosure.budget.tables.BudgetTable;
import org.budgetdisclosure.budget.tables.BudgetTableDeriver;
import org.budgetdisclosure.budget.validation.BudgetDocumentRules;
import org.budgetdisclosure.budget.validation.BudgetRules;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.validation.Finding;
import org.budgetdisclosure.budget.validation.Severity;

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
    private final Map<String, Derived> derived = new ConcurrentHashMap<>();

    BudgetService(BudgetRepository budgets, UnitRepository units, CatalogueService catalogues, ObjectMapper mapper) {
        this.budgets = budgets;
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

    public Page list(String after, int limit, Integer year, String regionCode, BudgetStatus status) {
        List<BudgetSummary> rows = budgets.list(after, limit + 1, year, regionCode, status);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<BudgetSummary> page = rows.subList(0, limit);
        BudgetSummary last = page.get(limit - 1);
        return new Page(page, last.unitCode() + "/" + String.format("%04d", last.fiscalYear()));
    }

    /**
     * Stores the budget. A conditional write (If-Match) is guarded by the budget's version alone (JPA
     * {@code @Version} on the revision): of two writers that checked the same version, the second fails
     * its versioned update and gets 412. A write without If-Match first takes the budget's write lock, so
     * such writers take turns and the last one wins, as they always did, instead of failing on each other's version
     * (measured: of 8 concurrent unconditional PUTs, version-and-retry alone answered 5 with 409). Two first
     * writes of a new budget both insert; the loser is re-run and becomes an update.
     */
    public WriteResult put(String unitCode, int year, Budget input, String ifMatch, BudgetPermissions may) {
        if (input.status() == BudgetStatus.PUBLISHED && !may.publish()) {
            throw new NotPermittedException("Publishing a budget (status PUBLISHED) needs the role "
                    + BudgetPermissions.PUBLISH_ROLES + "; nothing was changed");
        }
        if (input.status() != BudgetStatus.PUBLISHED && !may.writeDrafts()) {
            throw new NotPermittedException("Writing a draft budget needs the role " + BudgetPermissions.DRAFT_ROLES
                    + "; nothing was changed");
        }
        boolean conditional = conditional(ifMatch);
        for (int attempt = 1; ; attempt++) {
            try {
                return write(unitCode, year, input, ifMatch, may);
            } catch (RuntimeException e) {
                if (!ConcurrentWrites.lostRace(e)) {
                    throw e;
                }
                if (conditional) {
                    throw new PreconditionFailedException("If-Match " + ifMatch
                            + " does not name the current version: another write replaced it");
                }
                if (attempt == ConcurrentWrites.ATTEMPTS) {
                    throw new ConflictException("The " + year + " budget of " + unitCode
                            + " kept changing while it was being written; send it again");
                }
            }
        }
    }

    /** Whether a write names a version it replaces: an If-Match other than none or {@code *}. */
    private static boolean conditional(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.trim());
    }

    /** One attempt of {@link #put}, in its own transaction (intercepted self-invocation). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    WriteResult write(String unitCode, int year, Budget input, String ifMatch, BudgetPermissions may) {
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
        boolean conditional = conditional(ifMatch);
        Optional<BudgetRepository.Current> existing = budgets.current(unitCode, year, !conditional);
        if (conditional) {
            String current = existing.map(e -> quote(e.contentHash())).orElse(null);
            if (current == null || !ifMatchMatches(ifMatch, current)) {
                throw new PreconditionFailedException("If-Match " + ifMatch + " does not name the current version"
                        + (current == null ? " (there is none)" : " " + current));
            }
        }
        if (existing.isPresent() && existing.get().status() == BudgetStatus.PUBLISHED && !may.publish()) {
            throw new NotPermittedException("The " + year + " budget of " + unitCode + " is published; changing it needs the role "
                    + BudgetPermissions.PUBLISH_ROLES + "; nothing was changed");
        }
        if (existing.isPresent() && existing.get().contentHash().equals(hash)) {
            // the hash covers the whole normalised document but the revision, so this is what is stored
            return new WriteResult(false, normalized.withIdentity(unitCode, year, existing.get().revision()), quote(hash));
        }
        if (existing.isPresent() && existing.get().status() == BudgetStatus.PUBLISHED) {
            throw new ConflictException("The " + year + " budget of " + unitCode
                    + " is published and frozen: a published document never changes silently");
        }
        if (normalized.status() == BudgetStatus.PUBLISHED) {
            List<Finding> blocking = BudgetRules.check(normalized, unit.get().unitType(), catalogue.get(),
                            new BudgetTableDeriver(normalized, unit.get().name(), catalogue.get()).all()).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!blocking.isEmpty()) {
                throw new InvalidRequestException("The budget cannot be published while checks fail", blocking.stream()
                        .map(f -> new FieldError(f.location().field() != null ? f.location().field() : "status",
                                f.ruleId() + ": " + f.messageEn())).toList());
            }
        }
        int revision = budgets.save(normalized.withIdentity(unitCode, year, 0), hash,
                existing.map(BudgetRepository.Current::id).orElse(null));
        derived.remove(key(unitCode, year));
        return new WriteResult(existing.isEmpty(), normalized.withIdentity(unitCode, year, revision), quote(hash));
    }

    /**
     * Deletes the budget. A draft is deleted by an editor or admin; a published budget (withdrawing a disclosure)
     * only by a publisher or admin.
     */
    @Transactional
    public boolean delete(String unitCode, int year, BudgetPermissions may) {
        Optional<BudgetStatus> status = budgets.current(unitCode, year).map(BudgetRepository.Current::status);
        if (status.isEmpty()) {
            return false;
        }
        if (status.get() == BudgetStatus.PUBLISHED ? !may.publish() : !may.writeDrafts()) {
            throw new NotPermittedException(status.get() == BudgetStatus.PUBLISHED
                    ? "The " + year + " budget of " + unitCode + " is published; deleting it needs the role "
                    + BudgetPermissions.PUBLISH_ROLES + "; nothing was changed"
                    : "Deleting a draft budget needs the role " + BudgetPermissions.DRAFT_ROLES + "; nothing was changed");
        }
        derived.remove(key(unitCode, year));
        return budgets.delete(unitCode, year);
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

    private static boolean ifMatchMatches(String ifMatch, String current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                continue;
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
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
