package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.Disclosure;
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
                    return mapper.readValue(regional.toFile(), Disclosure.Glossary.class);
                }
            }
            if (config.glossary().file().isPresent()) {
                return mapper.readValue(Path.of(config.glossary().file().get()).toFile(), Disclosure.Glossary.class);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("glossary/default.json")) {
                return mapper.readValue(in, Disclosure.Glossary.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary for region " + regionCode, e);
        }
    }
}
