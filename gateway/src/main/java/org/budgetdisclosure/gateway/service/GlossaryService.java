package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.Bounds;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.GlossaryEntry;
import org.budgetdisclosure.gateway.config.GatewayConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 名词解释 as data: the seed's twelve entries from {@code glossary/default.json} on the class path,
 * replaced by {@code gateway.glossary.file} (GATEWAY_GLOSSARY_FILE) for all regions, or by
 * {@code {gateway.glossary.dir}/{regionCode}.json} for one region.
 */
@ApplicationScoped
public class GlossaryService {

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    private final Map<String, Disclosure.Glossary> byRegion = new ConcurrentHashMap<>();

    public Disclosure.Glossary forRegion(String regionCode) {
        return byRegion.computeIfAbsent(regionCode == null ? "" : regionCode, this::load);
    }

    private Disclosure.Glossary load(String regionCode) {
        try {
            if (config.glossary().dir().isPresent() && !regionCode.isEmpty()) {
                Path regional = Path.of(config.glossary().dir().get(), regionCode + ".json");
                if (Files.isRegularFile(regional)) {
                    return checked(mapper.readValue(regional.toFile(), Disclosure.Glossary.class), regional.toString());
                }
            }
            if (config.glossary().file().isPresent()) {
                return checked(mapper.readValue(Path.of(config.glossary().file().get()).toFile(), Disclosure.Glossary.class),
                        config.glossary().file().get());
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("glossary/default.json")) {
                return checked(mapper.readValue(in, Disclosure.Glossary.class), "glossary/default.json");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary for region " + regionCode, e);
        }
    }

    /**
     * A glossary within what budget-service keeps of it on publish (at most 500 entries, texts of at most 4000 characters,
     * numbers 0–1000000), which is also what the OpenAPI document declares of a glossary.
     */
    static Disclosure.Glossary checked(Disclosure.Glossary glossary, String source) {
        String problem = null;
        if (glossary.title() == null || glossary.title().length() > Bounds.GLOSSARY_TEXT) {
            problem = "its title must be given, at most " + Bounds.GLOSSARY_TEXT + " characters";
        } else if (glossary.entries() == null || glossary.entries().size() > Bounds.GLOSSARY_ENTRIES) {
            problem = "it must have at most " + Bounds.GLOSSARY_ENTRIES + " entries";
        } else {
            for (GlossaryEntry e : glossary.entries()) {
                if (e == null || e.term() == null || e.definition() == null || e.term().length() > Bounds.GLOSSARY_TEXT
                        || e.definition().length() > Bounds.GLOSSARY_TEXT || e.number() < 0 || e.number() > Bounds.GLOSSARY_NUMBER) {
                    problem = "every entry needs a term and a definition of at most " + Bounds.GLOSSARY_TEXT
                            + " characters and a number 0–" + Bounds.GLOSSARY_NUMBER;
                    break;
                }
            }
        }
        if (problem != null) {
            throw new IllegalStateException("the glossary " + source + " is refused: " + problem + " (what budget-service keeps)");
        }
        return glossary;
    }
}
