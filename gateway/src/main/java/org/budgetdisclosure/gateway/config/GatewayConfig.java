package org.budgetdisclosure.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The gateway's settings: where the services are, how long to wait, how long to keep documents. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Services services();

    /** Deadline of an assembled document: parts not fetched by then are missing. */
    @WithDefault("2s")
    Duration deadline();

    Cache cache();

    Glossary glossary();

    interface Services {
        Service budget();

        Service performance();

        Service asset();
    }

    interface Service {
        String url();
    }

    interface Cache {
        /** How long an assembled draft is reused before it is assembled again. */
        @WithDefault("2s")
        Duration draftTtl();

        /** How long an assembled published document is reused. */
        @WithDefault("60s")
        Duration publishedTtl();

        /** Cache-Control max-age of published documents. */
        @WithDefault("300")
        int publishedMaxAge();
    }

    interface Glossary {
        /** A JSON file replacing the default glossary for every region. */
        Optional<String> file();

        /** A directory of per-region files named {regionCode}.json, taking precedence. */
        Optional<String> dir();
    }
}
