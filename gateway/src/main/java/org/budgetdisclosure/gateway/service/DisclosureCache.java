package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.config.GatewayConfig;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Complete assembled documents, reused for a short time (drafts 2 s, published 60 s by default) so
 * that an unchanged document is served from memory; one assembly at a time per document
 * (concurrent requests share it). Incomplete documents are never kept.
 */
@ApplicationScoped
public class DisclosureCache {

    /** A finished assembly: the document (or none when not found) and its JSON. */
    public record Result(DisclosureAssembler.Outcome outcome, Assembly assembly) {
    }

    private record Key(String unitCode, int year) {
    }

    private record Entry(CompletableFuture<Result> result, long expiresAt) {
    }

    @Inject
    DisclosureAssembler assembler;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    public CompletableFuture<Result> get(String unitCode, int year, boolean refresh) {
        Key key = new Key(unitCode, year);
        long now = System.nanoTime();
        if (!refresh) {
            // the hot path: a read without the bin lock of compute(), which every concurrent reader of one document would share
            Entry cached = entries.get(key);
            if (cached != null && cached.expiresAt() != Long.MAX_VALUE && cached.expiresAt() - now > 0) {
                return cached.result();
            }
        }
        Entry entry = entries.compute(key, (k, old) -> {
            if (!refresh && old != null && (!old.result().isDone() || old.expiresAt() - now > 0)) {
                return old;
            }
            return new Entry(assemble(k), Long.MAX_VALUE);
        });
        if (entry.expiresAt() == Long.MAX_VALUE) {
            entry.result().thenAccept(result -> settle(key, entry, result));
        }
        return entry.result();
    }

    private void settle(Key key, Entry entry, Result result) {
        if (result.assembly() == null || !result.assembly().document().complete()) {
            entries.remove(key, entry);
            return;
        }
        long ttl = (result.assembly().published() ? config.cache().publishedTtl() : config.cache().draftTtl()).toNanos();
        entries.replace(key, entry, new Entry(entry.result(), System.nanoTime() + ttl));
    }

    private CompletableFuture<Result> assemble(Key key) {
        long started = System.nanoTime();
        return assembler.fetchAll(key.unitCode(), key.year()).thenApply(fetch -> {
            long fetched = System.nanoTime();
            DisclosureAssembler.Outcome outcome = assembler.build(key.unitCode(), key.year(), fetch);
            if (outcome.notFound()) {
                return new Result(outcome, null);
            }
            long built = System.nanoTime();
            try {
                byte[] json = mapper.writeValueAsBytes(outcome.document());
                long serialized = System.nanoTime();
                return new Result(outcome, new Assembly(outcome.document(), json,
                        "fetch;dur=" + ms(fetched - started) + ", " + fetch.timing() + ", build;dur=" + ms(built - fetched) + ", serialize;dur=" + ms(serialized - built)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String ms(long nanos) {
        return String.valueOf(Math.round(nanos / 10_000.0) / 100.0);
    }

    /** Forgets every document (tests, and after a known change). */
    public void clear() {
        entries.clear();
    }
}
