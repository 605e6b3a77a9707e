package org.budgetdisclosure.budget.support;

import org.budgetdisclosure.budget.catalogue.CatalogueFile;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.ClassificationScheme;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The shipped catalogues of a year, read from the service's own resources, for tests without a database. */
public final class Catalogues {

    private Catalogues() {
    }

    public static YearCatalogue shipped(int year) {
        List<Classification> functional = parse("functional-" + year + ".csv", ClassificationScheme.FUNCTIONAL);
        List<Classification> dept = parse("department-economic-" + year + ".csv", ClassificationScheme.DEPARTMENT_ECONOMIC);
        List<Classification> gov = parse("government-economic-" + year + ".csv", ClassificationScheme.GOVERNMENT_ECONOMIC);
        Set<String> deptCodes = dept.stream().map(Classification::code).collect(Collectors.toSet());
        Set<String> govCodes = gov.stream().map(Classification::code).collect(Collectors.toSet());
        CatalogueFile.Parsed<Map.Entry<String, String>> mapping =
                CatalogueFile.mapping(read("economic-mapping-" + year + ".csv"), deptCodes, govCodes);
        Map<String, String> pairs = new LinkedHashMap<>();
        mapping.entries().forEach(e -> pairs.put(e.getKey(), e.getValue()));
        return new YearCatalogue(year, functional, dept, gov, pairs);
    }

    private static List<Classification> parse(String name, ClassificationScheme scheme) {
        CatalogueFile.Parsed<Classification> parsed = CatalogueFile.classifications(read(name), scheme);
        if (!parsed.valid()) {
            throw new IllegalStateException(name + ": " + parsed.errors());
        }
        return parsed.entries();
    }

    public static String read(String name) {
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream("catalogue/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
