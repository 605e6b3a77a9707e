package org.budgetdisclosure.gateway.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.Finding;
import org.budgetdisclosure.gateway.GlossaryEntry;
import org.budgetdisclosure.gateway.client.AssetClient;
import org.budgetdisclosure.gateway.client.ConnectionDropped;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.client.PerformanceClient;
import org.budgetdisclosure.gateway.client.ServiceClient;
import org.budgetdisclosure.gateway.client.Upstream;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.service.DisclosureAssembler;
import org.budgetdisclosure.gateway.service.Fetched;
import org.budgetdisclosure.gateway.service.GlossaryService;
import org.budgetdisclosure.gateway.service.ValidationService;
import org.budgetdisclosure.gateway.upstream.RevisionItem;
import org.budgetdisclosure.gateway.upstream.RevisionList;
import org.budgetdisclosure.gateway.upstream.Unit;
import org.budgetdisclosure.gateway.upstream.UpstreamProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The publication lifecycle across the three parts (docs/publication.md): which revision a reader gets, the complete
 * revisions, publishing (restartable: an interrupted publish is completed by the next one) and withdrawal. The
 * state lives in the services; the gateway only reads their revision lists and asks them to freeze or withdraw.
 */
@ApplicationScoped
public class PublicationService {

    /** What a publish or withdrawal came to. */
    public sealed interface Outcome permits Done, Refused, Stopped {
    }

    /** It happened (or had happened): {@code created} when this call made the revision complete. */
    public record Done(boolean created, DisclosureRevision revision) implements Outcome {
    }

    /** Refused without (further) change: 404, 409 (with the reasons), or a service's own 4xx passed on. */
    public record Refused(int status, String detail, List<org.budgetdisclosure.gateway.rest.Problem.FieldError> errors,
                          List<Finding> findings) implements Outcome {
    }

    /** A service failed part-way: calling again completes the same revision. */
    public record Stopped(String detail, List<Disclosure.MissingPart> missing) implements Outcome {
    }

    /** Which revision a reader gets: the number and its stamp, or why none. */
    public record Selection(DisclosureAssembler.Stamp stamp, Map<Part, Fetched<RevisionList>> lists, boolean notFound,
                            List<Disclosure.MissingPart> unavailable) {
    }

    @Inject
    BudgetClient budget;

    @Inject
    PerformanceClient performance;

    @Inject
    AssetClient asset;

    @Inject
    DisclosureAssembler assembler;

    @Inject
    ValidationService validation;

    @Inject
    GlossaryService glossary;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    public ServiceClient client(Part part) {
        return switch (part) {
            case BUDGET -> budget;
            case PERFORMANCE -> performance;
            case ASSETS -> asset;
        };
    }

    /** The three parts' revision lists, read at once within the deadline; a failure is a {@link Fetched} saying why. */
    public CompletableFuture<Map<Part, Fetched<RevisionList>>> lists(String unitCode, int year, String authorization, long deadline) {
        String u = DisclosureAssembler.enc(unitCode);
        Map<Part, CompletableFuture<Fetched<RevisionList>>> each = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            each.put(part, assembler.fetch(client(part), part.base(u, year) + "/revisions", authorization, deadline, RevisionList.class));
        }
        return CompletableFuture.allOf(each.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<Part, Fetched<RevisionList>> out = new EnumMap<>(Part.class);
            each.forEach((part, f) -> out.put(part, f.join()));
            return out;
        });
    }

    /**
     * The revision to serve: {@code asked} (must be complete) or, when null, the newest complete one no part has
     * withdrawn. Complete means: every part whose list could be read has it. A part that answers 404 has nothing
     * published: not found. Parts whose lists failed are missing (the caller decides: 503, or a partial document).
     */
    public static Selection select(Map<Part, Fetched<RevisionList>> lists, Integer asked) {
        List<PartRevisions> readable = new ArrayList<>();
        List<Disclosure.MissingPart> unavailable = new ArrayList<>();
        for (Map.Entry<Part, Fetched<RevisionList>> e : lists.entrySet()) {
            Fetched<RevisionList> f = e.getValue();
            if (f.ok()) {
                readable.add(PartRevisions.of(e.getKey(), f.body()));
            } else if (f.status() >= 400 && f.status() < 500) {
                return new Selection(null, lists, true, List.of());
            } else {
                unavailable.add(new Disclosure.MissingPart(e.getKey().key, e.getKey().service,
                        f.failure() != null ? f.failure() : f.service() + " answered " + f.status()));
            }
        }
        if (readable.isEmpty()) {
            return new Selection(null, lists, false, unavailable);
        }
        int n = asked != null ? (RevisionRules.isComplete(readable, asked) ? asked : 0) : RevisionRules.latest(readable);
        if (n == 0) {
            return new Selection(null, lists, true, List.of());
        }
        Disclosure.Withdrawal notice = withdrawal(readable, n);
        return new Selection(new DisclosureAssembler.Stamp(n, notice == null ? "PUBLISHED" : "WITHDRAWN", notice), lists, false, unavailable);
    }

    /** The complete revisions, newest first, with each part's metadata; null when a list could not be read. */
    public DisclosureRevision.Page page(String unitCode, int year, Map<Part, PartRevisions> parts) {
        List<DisclosureRevision> items = new ArrayList<>();
        List<Integer> complete = new ArrayList<>(RevisionRules.complete(parts.values()));
        for (int i = complete.size() - 1; i >= 0; i--) {
            items.add(revision(unitCode, year, complete.get(i), parts));
        }
        int latest = RevisionRules.latest(parts.values());
        return new DisclosureRevision.Page(unitCode, year, latest == 0 ? null : latest, items);
    }

    public static DisclosureRevision revision(String unitCode, int year, int n, Map<Part, PartRevisions> parts) {
        Map<String, JsonNode> meta = new LinkedHashMap<>();
        String publishedAt = null;
        for (PartRevisions p : parts.values()) {
            RevisionItem item = p.items().get(n);
            meta.put(p.part().key, item == null ? null : item.metadata());
            String at = item == null ? null : item.publishedAt();
            if (at != null && (publishedAt == null || at.compareTo(publishedAt) > 0)) {
                publishedAt = at;
            }
        }
        Disclosure.Withdrawal notice = withdrawal(parts.values(), n);
        return new DisclosureRevision(unitCode, year, n, notice == null ? "PUBLISHED" : "WITHDRAWN", publishedAt, notice,
                "/api/v1/disclosures/" + unitCode + "/" + year + "?revision=" + n, meta);
    }

    private static Disclosure.Withdrawal withdrawal(Collection<PartRevisions> parts, int n) {
        for (PartRevisions p : parts) {
            if (p.withdrawn(n)) {
                RevisionItem.Withdrawal w = p.items().get(n).withdrawal();
                return w == null ? new Disclosure.Withdrawal(null, null, null) : new Disclosure.Withdrawal(w.at(), w.by(), w.reason());
            }
        }
        return null;
    }

    // ---- publishing (runs on a worker thread: one step after the other) ----

    /** docs/publication.md "Publishing a disclosure", steps 1–5. */
    public Outcome publish(String unitCode, int year, String authorization) {
        String u = DisclosureAssembler.enc(unitCode);
        Map<Part, PartRevisions> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Call list = call(part, "GET", part.base(u, year) + "/revisions", authorization, null);
            if (list.failure() != null) {
                return stopped(part, list.failure(), "Nothing was changed; publish again when " + part.service + " is back.");
            }
            if (list.status() == 404) {
                if (part == Part.BUDGET) {
                    return new Refused(404, "No budget of unit " + unitCode + " for " + year, List.of(), null);
                }
                parts.put(part, PartRevisions.none(part));
            } else if (list.status() >= 400) {
                return passOn(part, list);
            } else {
                parts.put(part, PartRevisions.of(part, as(list, RevisionList.class)));
            }
        }
        RevisionRules.Plan plan = RevisionRules.plan(parts.values());
        if (plan.inconsistency() != null) {
            return new Refused(409, plan.inconsistency(), List.of(), null);
        }
        byte[] budgetBody;
        try {
            budgetBody = glossaryBody(u, authorization);
        } catch (PartFailed e) {
            return stopped(Part.BUDGET, e.getMessage(), "Nothing was changed; publish again when budget-service is back.");
        }
        boolean completed = false;
        for (Part part : plan.toComplete()) { // step 2: an interrupted publish of revision M
            Outcome stop = freeze(part, u, year, plan.current(), authorization, budgetBody, parts, plan.current());
            if (stop != null) {
                return stop;
            }
            completed = true;
        }
        ValidationService.Report report = validation.validate(unitCode, year, authorization).join(); // step 3
        if (report == null) {
            return new Refused(404, "No budget of unit " + unitCode + " for " + year, List.of(), null);
        }
        List<ValidationService.ServiceCheck> unchecked = report.services().stream().filter(s -> "NOT_CHECKED".equals(s.status())).toList();
        if (!unchecked.isEmpty()) {
            List<Disclosure.MissingPart> missing = unchecked.stream()
                    .map(s -> new Disclosure.MissingPart("validation", s.service(), s.reason())).toList();
            return new Stopped("The drafts could not be validated: " + String.join(", ", missing.stream().map(m -> m.reason()).toList())
                    + (completed ? ". Revision " + plan.current() + " was completed. " : ". ") + "Publish again when the service is back.", missing);
        }
        if (report.errors() > 0) {
            List<Finding> errors = report.findings().stream().filter(f -> "ERROR".equals(f.severity())).toList();
            return new Refused(409, "The drafts have " + errors.size() + " error(s); nothing new was published"
                    + (completed ? " (revision " + plan.current() + " was completed)" : ""), fieldErrors(errors), errors);
        }
        if (RevisionRules.nothingNew(parts.values(), plan.current())) { // step 4
            return new Done(completed, revision(unitCode, year, plan.current(), parts));
        }
        for (Part part : Part.values()) { // step 5: budget, then performance, then assets
            Outcome stop = freeze(part, u, year, plan.next(), authorization, budgetBody, parts, plan.next());
            if (stop != null) {
                return stop;
            }
        }
        return new Done(true, revision(unitCode, year, plan.next(), parts));
    }

    /** PUT …/revisions/{n} of one part; null when frozen (201, or 200 for a replay), else why it stopped. */
    private Outcome freeze(Part part, String u, int year, int n, String authorization, byte[] budgetBody,
                           Map<Part, PartRevisions> parts, int revision) {
        Call put = call(part, "PUT", part.base(u, year) + "/revisions/" + n, authorization, part == Part.BUDGET ? budgetBody : "{}".getBytes());
        if (put.failure() != null) {
            return stopped(part, put.failure(), "Revision " + revision + " is not complete yet (readers keep the previous one); "
                    + "calling publish again completes revision " + revision + ".");
        }
        if (put.status() == 200 || put.status() == 201) {
            RevisionItem meta = put.json() != null && put.json().isObject() ? as(put, RevisionItem.class) : null;
            parts.put(part, parts.get(part).with(n, meta != null ? meta : RevisionItem.numbered(n)));
            return null;
        }
        return passOn(part, put);
    }

    /** The body of budget-service's PUT …/revisions/{n}: the gateway's glossary for the unit's region. */
    private byte[] glossaryBody(String u, String authorization) {
        Call unit = call(Part.BUDGET, "GET", "/api/v1/units/" + u, authorization, null);
        if (unit.failure() != null) {
            throw new PartFailed(unit.failure());
        }
        Unit read = as(unit, Unit.class);
        String region = read != null ? read.regionCode() : null;
        try {
            return mapper.writeValueAsBytes(new FreezeBody(glossary.forRegion(region).entries()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- withdrawal ----

    /** Withdraws complete revision n in all three parts; repeating it completes an interrupted withdrawal. */
    public Outcome withdraw(String unitCode, int year, int n, String reason, String authorization) {
        String u = DisclosureAssembler.enc(unitCode);
        Map<Part, PartRevisions> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Call list = call(part, "GET", part.base(u, year) + "/revisions", authorization, null);
            if (list.failure() != null) {
                return stopped(part, list.failure(), "Nothing was changed; withdraw again when " + part.service + " is back.");
            }
            if (list.status() == 404) {
                return new Refused(404, "No revision " + n + " of unit " + unitCode + " for " + year, List.of(), null);
            }
            if (list.status() >= 400) {
                return passOn(part, list);
            }
            parts.put(part, PartRevisions.of(part, as(list, RevisionList.class)));
        }
        if (!RevisionRules.isComplete(parts.values(), n)) {
            return new Refused(404, "No revision " + n + " of unit " + unitCode + " for " + year, List.of(), null);
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new WithdrawalBody(reason));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Part part : Part.values()) {
            Call post = call(part, "POST", part.base(u, year) + "/revisions/" + n + "/withdrawal", authorization, body);
            if (post.failure() != null) {
                return stopped(part, post.failure(), "Revision " + n + " is withdrawn in part only; withdrawing again completes it.");
            }
            if (post.status() != 200 && post.status() != 201) {
                return passOn(part, post);
            }
            RevisionItem meta = post.json() != null && post.json().isObject() ? as(post, RevisionItem.class) : null;
            if (meta != null) {
                parts.put(part, parts.get(part).with(n, meta));
            }
        }
        return new Done(false, revision(unitCode, year, n, parts));
    }

    // ---- helpers ----

    /** budget-service's PUT …/revisions/{n} body: the glossary the revision is to capture. */
    record FreezeBody(List<GlossaryEntry> glossary) {
    }

    /** The body of a part's withdrawal. */
    record WithdrawalBody(String reason) {
    }

    /** What a call answered, read into the gateway's record of it; null when it is not that. */
    private <T> T as(Call call, Class<T> type) {
        if (call.json() == null) {
            return null;
        }
        try {
            return mapper.treeToValue(call.json(), type);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private record Call(int status, JsonNode json, String failure, boolean dropped) {
        Call(int status, JsonNode json, String failure) {
            this(status, json, failure, false);
        }
    }

    private static final class PartFailed extends RuntimeException {
        PartFailed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One exchange with a part. A freeze ({@code PUT …/revisions/n}) is idempotent — the service answers a replay of the
     * same revision 200 — so a connection dropped before any answer (a kept-alive connection the service closed as
     * the request went out, or a restart) is sent once more on a fresh connection before the publish is stopped.
     */
    private Call call(Part part, String method, String path, String authorization, byte[] body) {
        Call first = exchange(part, method, path, authorization, body);
        if (first.dropped() && "PUT".equals(method) && path.contains("/revisions/")) {
            return exchange(part, method, path, authorization, body);
        }
        return first;
    }

    private Call exchange(Part part, String method, String path, String authorization, byte[] body) {
        try {
            Upstream up = client(part).send(method, path, authorization, body).toCompletableFuture().join();
            JsonNode json = null;
            if (up.body() != null && up.body().length > 0) {
                try {
                    json = mapper.readTree(up.body());
                } catch (IOException e) {
                    json = null;
                }
            }
            if (json == null && up.status() >= 200 && up.status() < 300 && !"PUT".equals(method)) {
                return new Call(0, null, part.service + " answered " + up.status() + " without a JSON body (" + method + " " + path
                        + ", " + (up.body() == null ? 0 : up.body().length) + " bytes)");
            }
            return new Call(up.status(), json, null);
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Call(0, null, DisclosureAssembler.describe(part.service, cause), cause instanceof ConnectionDropped);
        } catch (RuntimeException e) {
            return new Call(0, null, DisclosureAssembler.describe(part.service, e), e instanceof ConnectionDropped);
        }
    }

    private static Stopped stopped(Part part, String failure, String what) {
        return new Stopped(failure + ". " + what, List.of(new Disclosure.MissingPart(part.key, part.service, failure)));
    }

    /** A service's own refusal (its 4xx problem), passed on with its errors. */
    private Refused passOn(Part part, Call call) {
        UpstreamProblem p = as(call, UpstreamProblem.class);
        String detail = p != null && p.detail() != null ? p.detail() : part.service + " answered " + call.status();
        List<org.budgetdisclosure.gateway.rest.Problem.FieldError> errors = new ArrayList<>();
        if (p != null) {
            for (UpstreamProblem.Error e : p.errors()) {
                errors.add(new org.budgetdisclosure.gateway.rest.Problem.FieldError(part.key + ":" + e.where(), e.why()));
            }
        }
        int status = call.status() == 401 || call.status() == 403 || call.status() == 404 || call.status() == 412 ? call.status() : 409;
        return new Refused(status, part.service + ": " + detail, errors, null);
    }

    private static List<org.budgetdisclosure.gateway.rest.Problem.FieldError> fieldErrors(List<Finding> findings) {
        return findings.stream().map(f -> new org.budgetdisclosure.gateway.rest.Problem.FieldError(f.source() + ":" + f.ruleId(),
                f.messageEn() != null ? f.messageEn() : f.messageZh())).toList();
    }
}
