package org.budgetdisclosure.budget.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.budget.catalogue.CatalogueFile;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.ClassificationScheme;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.publication.ContentHash;
import org.budgetdisclosure.budget.repository.CatalogueRepository;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The classification catalogues: shipped years are loaded on first start, a complete year can be
 * loaded from a file, and each year is held in memory once read (a catalogue changes rarely).
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    /** Years whose catalogues ship with the service (src/main/resources/catalogue). */
    static final List<Integer> SHIPPED_YEARS = List.of(2025, 2026);

    private final CatalogueRepository repository;
    private final AuditLog audit;
    private final Map<Integer, YearCatalogue> cache = new ConcurrentHashMap<>();

    CatalogueService(CatalogueRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    void loadShippedCatalogues(@Observes StartupEvent event) {
        Map<String, Integer> counts = repository.counts();
        for (int year : SHIPPED_YEARS) {
            for (ClassificationScheme scheme : ClassificationScheme.values()) {
                if (!counts.containsKey(scheme.name() + "/" + year)) {
                    importClassifications(scheme, year, resource(fileName(scheme, year)));
                    LOG.infof("loaded the shipped %s catalogue of %d", scheme.label(), year);
                }
            }
            if (repository.mapping(year).isEmpty()) {
                importMapping(year, resource("economic-mapping-" + year + ".csv"));
            }
        }
    }

    public Optional<YearCatalogue> year(int fiscalYear) {
        YearCatalogue cached = cache.get(fiscalYear);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Classification> functional = repository.find(ClassificationScheme.FUNCTIONAL, fiscalYear);
        if (functional.isEmpty()) {
            return Optional.empty();
        }
        YearCatalogue catalogue = new YearCatalogue(fiscalYear, functional,
                repository.find(ClassificationScheme.DEPARTMENT_ECONOMIC, fiscalYear),
                repository.find(ClassificationScheme.GOVERNMENT_ECONOMIC, fiscalYear),
                repository.mapping(fiscalYear));
        cache.put(fiscalYear, catalogue);
        return Optional.of(catalogue);
    }

    public List<Classification> entries(ClassificationScheme scheme, int year) {
        return repository.find(scheme, year);
    }

    public Map<String, String> mapping(int year) {
        return repository.mapping(year);
    }

    public Map<String, Integer> index() {
        return repository.counts();
    }

    /** Replaces a year's catalogue of one scheme from a CSV file; nothing changes if the file has an error. */
    @Transactional
    public int importClassifications(ClassificationScheme scheme, int year, String csv) {
        CatalogueFile.Parsed<Classification> parsed = CatalogueFile.classifications(csv, scheme);
        if (!parsed.valid()) {
            throw new InvalidRequestException("The catalogue file is not valid", parsed.errors());
        }
        repository.replace(scheme, year, parsed.entries());
        cache.remove(year);
        return parsed.entries().size();
    }

    /**
     * An import through the API: replaces the year's catalogue of one scheme and records it in the audit log (the
     * hashes are over the entries before and after). Imports are whole, authoritative files, not edits of what was
     * read, so they take no If-Match: the last import wins. Frozen revisions never change with a catalogue.
     */
    @Transactional
    public int replaceClassifications(ClassificationScheme scheme, int year, String csv) {
        List<Classification> before = repository.find(scheme, year);
        int count = importClassifications(scheme, year, csv);
        audit.record(before.isEmpty() ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE, null, year,
                "classifications/" + scheme.slug() + "/" + year, before.isEmpty() ? null : ContentHash.of(before.toString()),
                ContentHash.of(repository.find(scheme, year).toString()));
        return count;
    }

    /** As {@link #replaceClassifications}, for the year's economic mapping. */
    @Transactional
    public int replaceMapping(int year, String csv) {
        Map<String, String> before = repository.mapping(year);
        int count = importMapping(year, csv);
        audit.record(before.isEmpty() ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE, null, year,
                "economic-mappings/" + year, before.isEmpty() ? null : ContentHash.of(new java.util.TreeMap<>(before).toString()),
                ContentHash.of(new java.util.TreeMap<>(repository.mapping(year)).toString()));
        return count;
    }

    @Transactional
    public int importMapping(int year, String csv) {
        Set<String> dept = codes(ClassificationScheme.DEPARTMENT_ECONOMIC, year);
        Set<String> gov = codes(ClassificationScheme.GOVERNMENT_ECONOMIC, year);
        CatalogueFile.Parsed<Map.Entry<String, String>> parsed = CatalogueFile.mapping(csv, dept, gov);
        if (!parsed.valid()) {
            throw new InvalidRequestException("The mapping file is not valid", parsed.errors());
        }
        repository.replaceMapping(year, parsed.entries());
        cache.remove(year);
        return parsed.entries().size();
    }

    private Set<String> codes(ClassificationScheme scheme, int year) {
        return repository.find(scheme, year).stream().map(Classification::code).collect(Collectors.toSet());
    }

    static String fileName(ClassificationScheme scheme, int year) {
        return scheme.slug() + "-" + year + ".csv";
    }

    private static String resource(String name) {
        try (InputStream in = CatalogueService.class.getClassLoader().getResourceAsStream("catalogue/" + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped catalogue missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
