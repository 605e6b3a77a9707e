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

    /** The gateway's public base URL (https://…) used in Location/Link headers and the OpenAPI servers; default: from the request. */
    java.util.Optional<String> publicBaseUrl();

    /** The server URL the merged OpenAPI document names (https in production); default: the public base URL. */
    java.util.Optional<String> openapiServerUrl();

    Glossary glossary();

    /** What the public face refuses before anything is forwarded. */
    Limits limits();

    interface Limits {
        /** Larger request bodies are refused with 413 (problem+json when Content-Length says so). */
        @WithDefault("2M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();

        /** A {@code limit} query parameter above this (or below 1, or not a number) is 400. */
        @WithDefault("200")
        int maxPageSize();

        Rate rate();
    }

    interface Rate {
        @WithDefault("true")
        boolean enabled();

        /** Reads (GET, HEAD, OPTIONS) per second and identity, and the burst allowed. */
        @WithDefault("50")
        double readsPerSecond();

        @WithDefault("100")
        int readBurst();

        /** Writes per second and identity, and the burst allowed. */
        @WithDefault("5")
        double writesPerSecond();

        @WithDefault("20")
        int writeBurst();

        /** Buckets kept at most (idle identities are forgotten first). */
        @WithDefault("10000")
        int maxIdentities();
    }

    interface Services {
        Service budget();

        Service performance();

        Service asset();
    }

    interface Service {
        String url();
    }

    interface Cache {
        /** How many assembled published revisions are kept in memory (they never change, so they never expire). */
        @WithDefault("256")
        int maxRevisions();

        /** Cache-Control max-age of {@code latest} (an explicit revision is immutable: a year). */
        @WithDefault("60")
        int latestMaxAge();
    }

    interface Glossary {
        /** A JSON file replacing the default glossary for every region. */
        Optional<String> file();

        /** A directory of per-region files named {regionCode}.json, taking precedence. */
        Optional<String> dir();
    }
}
