package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.publication.Part;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Assembled published revisions. A revision never changes once published, so its complete assembly is kept without
 * expiry (keyed by unit, year, revision and whether it is withdrawn, so a withdrawal notice is never missed), at most
 * {@code gateway.cache.max-revisions} of them (the oldest assembled is forgotten first). One assembly at a time per
 * revision (concurrent requests share it). Incomplete assemblies are never kept. Drafts are never kept here: they are
 * assembled per request with the caller's token ({@link #draft}).
 */
@ApplicationScoped
public class DisclosureCache {

    /** A finished assembly: the document (or none when not found) and its JSON. */
    public record Result(DisclosureAssembler.Outcome outcome, Assembly assembly) {
    }

    private record Key(String unitCode, int year, int revision, boolean withdrawn) {
    }

    @Inject
    DisclosureAssembler assembler;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    private final ConcurrentHashMap<Key, CompletableFuture<Result>> entries = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Key> order = new ConcurrentLinkedQueue<>();

    /** Revision n of a unit-year, assembled from the parts whose lists could be read ({@code lists}). */
    public CompletableFuture<Result> revision(String unitCode, int year, DisclosureAssembler.Stamp stamp, Map<Part, Fetched<org.budgetdisclosure.gateway.upstream.RevisionList>> lists,
                                              long started, long deadline, boolean refresh) {
        Key key = new Key(unitCode, year, stamp.revision(), stamp.withdrawal() != null);
        boolean allParts = lists.values().stream().allMatch(Fetched::ok);
        if (!refresh && allParts) {
            CompletableFuture<Result> cached = entries.get(key); // the hot path: a lock-free read
            if (cached != null) {
                return cached;
            }
        }
        Supplier<CompletableFuture<Result>> assemble = () -> timed(started,
                assembler.fetchRevision(unitCode, year, stamp.revision(), lists, started, deadline), unitCode, year, stamp);
        if (!allParts) {
            return assemble.get();
        }
        CompletableFuture<Result> mine = new CompletableFuture<>();
        CompletableFuture<Result> current = entries.compute(key, (k, old) ->
                !refresh && old != null && (!old.isDone() || complete(old)) ? old : mine);
        if (current == mine) {
            order.add(key);
            evict();
            assemble.get().whenComplete((result, failure) -> {
                if (failure != null || result.assembly() == null || !result.assembly().document().complete()) {
                    entries.remove(key, mine);
                }
                if (failure != null) {
                    mine.completeExceptionally(failure);
                } else {
                    mine.complete(result);
                }
            });
        }
        return current;
    }

    /** The caller's draft: assembled for this request only. */
    public CompletableFuture<Result> draft(String unitCode, int year, String authorization) {
        return timed(System.nanoTime(), assembler.fetchDraft(unitCode, year, authorization), unitCode, year, null);
    }

    private static boolean complete(CompletableFuture<Result> done) {
        Result r = done.getNow(null);
        return r != null && r.assembly() != null && r.assembly().document().complete();
    }

    private void evict() {
        while (entries.size() > config.cache().maxRevisions()) {
            Key oldest = order.poll();
            if (oldest == null) {
                return;
            }
            entries.remove(oldest);
        }
    }

    private CompletableFuture<Result> timed(long started, CompletableFuture<DisclosureAssembler.Fetch> fetching,
                                            String unitCode, int year, DisclosureAssembler.Stamp stamp) {
        return fetching.thenApply(fetch -> {
            long fetched = System.nanoTime();
            DisclosureAssembler.Outcome outcome = assembler.build(unitCode, year, fetch, stamp);
            if (outcome.notFound()) {
                return new Result(outcome, null);
            }
            long built = System.nanoTime();
            try {
                byte[] json = mapper.writeValueAsBytes(outcome.document());
                long serialized = System.nanoTime();
                return new Result(outcome, new Assembly(outcome.printable(), json,
                        "fetch;dur=" + ms(fetched - started) + ", " + fetch.timing() + ", build;dur=" + ms(built - fetched) + ", serialize;dur=" + ms(serialized - built)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String ms(long nanos) {
        return String.valueOf(Math.round(nanos / 10_000.0) / 100.0);
    }

    /** Forgets every document (tests). */
    public void clear() {
        entries.clear();
        order.clear();
    }
}
