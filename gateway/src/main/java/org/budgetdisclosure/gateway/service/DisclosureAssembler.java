package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.ExplanationWriter;
import org.budgetdisclosure.gateway.Explanations;
import org.budgetdisclosure.gateway.client.AssetClient;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.client.PerformanceClient;
import org.budgetdisclosure.gateway.client.ServiceClient;
import org.budgetdisclosure.gateway.client.ServiceUnavailableException;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.publication.Part;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Assembles a disclosure: every call goes out at once, each bounded by the deadline (2 s); whatever
 * has not arrived by then is a missing part. Never waits longer, never throws for a service's failure.
 */
@ApplicationScoped
public class DisclosureAssembler {

    /** The outcome: the document (complete or with missing parts), or not found. */
    public record Outcome(Disclosure document, boolean notFound, String notFoundDetail) {
    }

    /** Everything fetched for one unit and year; also the input of the cross-service rules. */
    public record Fetch(Fetched unit, Fetched budget, Fetched tables, Fetched figures, Fetched summary,
                        Fetched formList, List<Fetched> grids, Fetched assets, JsonNode glossary,
                        Map<String, Long> doneAfterNanos) {

        /** When each service's last answer arrived, from the start of the assembly: "budget;dur=3.1, …" (ms). */
        public String timing() {
            StringBuilder out = new StringBuilder();
            doneAfterNanos.forEach((service, nanos) -> out.append(out.isEmpty() ? "" : ", ")
                    .append(service.replace("-service", "")).append(";dur=").append(Math.round(nanos / 10_000.0) / 100.0));
            return out.toString();
        }
    }

    @Inject
    BudgetClient budget;

    @Inject
    PerformanceClient performance;

    @Inject
    AssetClient asset;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    GlossaryService glossary;

    /** How a served revision is stamped on the document: its number, PUBLISHED or WITHDRAWN, the notice. */
    public record Stamp(int revision, String status, Disclosure.Withdrawal withdrawal) {
    }

    /** The draft as the caller may read it: every part asked with {@code ?revision=draft} and the caller's token. */
    public CompletableFuture<Fetch> fetchDraft(String unitCode, int year, String authorization) {
        long started = System.nanoTime();
        long deadline = started + config.deadline().toNanos();
        Map<String, Long> done = new ConcurrentSkipListMap<>();
        String u = enc(unitCode);
        String budgetPath = Part.BUDGET.base(u, year);
        String perfPath = Part.PERFORMANCE.base(u, year);
        String draft = "?revision=draft";
        CompletableFuture<Fetched> unit = fetch(budget, "/api/v1/units/" + u + draft, authorization, deadline);
        CompletableFuture<Fetched> doc = fetch(budget, budgetPath + draft, authorization, deadline);
        CompletableFuture<Fetched> tables = fetch(budget, budgetPath + "/tables" + draft, authorization, deadline);
        CompletableFuture<Fetched> figures = fetch(budget, budgetPath + "/figures" + draft, authorization, deadline);
        CompletableFuture<Fetched> summary = fetch(performance, perfPath + "/summary" + draft, authorization, deadline);
        CompletableFuture<Fetched> formList = fetch(performance, perfPath + "/forms?limit=200&revision=draft", authorization, deadline);
        CompletableFuture<List<Fetched>> grids = formList.thenCompose(list -> {
            if (!list.ok()) {
                return CompletableFuture.completedFuture(List.of());
            }
            List<CompletableFuture<Fetched>> each = new ArrayList<>();
            for (JsonNode item : list.json().path("items")) {
                each.add(fetch(performance, perfPath + "/forms/" + enc(item.path("projectCode").asText()) + "/grid" + draft,
                        authorization, deadline));
            }
            return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                    .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
        });
        CompletableFuture<Fetched> assets = fetch(asset, Part.ASSETS.base(u, year) + draft, authorization, deadline);
        CompletableFuture<?> budgetDone = CompletableFuture.allOf(unit, doc, tables, figures)
                .thenRun(() -> done.put(budget.name(), System.nanoTime() - started));
        CompletableFuture<?> performanceDone = CompletableFuture.allOf(summary, grids)
                .thenRun(() -> done.put(performance.name(), System.nanoTime() - started));
        CompletableFuture<?> assetDone = assets.thenRun(() -> done.put(asset.name(), System.nanoTime() - started));
        return CompletableFuture.allOf(budgetDone, performanceDone, assetDone)
                .thenApply(v -> new Fetch(unit.join(), doc.join(), tables.join(), figures.join(), summary.join(),
                        formList.join(), grids.join(), assets.join(), null, done));
    }

    /**
     * Published revision n: each part's {@code GET …/revisions/{n}}, its {@code content} taken apart into what the
     * draft's endpoints would give. A part whose list could not be read ({@code reachable} false) is missing.
     */
    public CompletableFuture<Fetch> fetchRevision(String unitCode, int year, int revision, Map<Part, Fetched> lists,
                                                  long started, long deadline) {
        Map<String, Long> done = new ConcurrentSkipListMap<>();
        String u = enc(unitCode);
        Map<Part, CompletableFuture<Fetched>> parts = new java.util.EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Fetched list = lists.get(part);
            CompletableFuture<Fetched> content = list == null || !list.ok()
                    ? CompletableFuture.completedFuture(list == null ? Fetched.failed(part.service, part.service + " was not asked") : list)
                    : fetch(client(part), part.base(u, year) + "/revisions/" + revision, null, deadline);
            parts.put(part, content.whenComplete((f, e) -> done.put(part.service, System.nanoTime() - started)));
        }
        return CompletableFuture.allOf(parts.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Fetched b = parts.get(Part.BUDGET).join();
            Fetched p = parts.get(Part.PERFORMANCE).join();
            Fetched a = parts.get(Part.ASSETS).join();
            JsonNode bc = content(b);
            JsonNode pc = content(p);
            JsonNode ac = content(a);
            Fetched unit = piece(b, bc, "unit");
            Fetched doc = piece(b, bc, "budget");
            Fetched tables = piece(b, bc, "tables");
            if (tables.ok() && tables.json().isArray()) {
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
                wrapped.set("tables", tables.json());
                tables = new Fetched(tables.service(), wrapped, 200, null);
            }
            Fetched figures = piece(b, bc, "figures");
            Fetched summary = piece(p, pc, "summary");
            Fetched formList;
            List<Fetched> grids = new ArrayList<>();
            if (pc != null) {
                ObjectNode list = JsonNodeFactory.instance.objectNode();
                var items = list.putArray("items");
                for (JsonNode form : pc.path("forms")) {
                    items.addObject().put("projectCode", form.path("projectCode").asText());
                    grids.add(form.path("grid").isObject() ? new Fetched(p.service(), form.path("grid"), 200, null)
                            : Fetched.failed(p.service(), p.service() + " revision " + revision + " holds a form without its grid"));
                }
                formList = new Fetched(p.service(), list, 200, null);
            } else {
                formList = p.ok() ? Fetched.failed(p.service(), p.service() + " revision " + revision + " has no content") : p;
            }
            Fetched assets;
            if (ac != null && ac.path("snapshot").isObject()) {
                ObjectNode snapshot = ac.path("snapshot").deepCopy();
                for (String field : new String[]{"procurement", "purchasedServices"}) {
                    if (!snapshot.has(field) && ac.has(field)) {
                        snapshot.set(field, ac.get(field));
                    }
                }
                assets = new Fetched(a.service(), snapshot, 200, null);
            } else if (ac != null) {
                assets = new Fetched(a.service(), null, 404, null); // no snapshot that year: section 九/十一/十二 say so
            } else {
                assets = a.ok() ? Fetched.failed(a.service(), a.service() + " revision " + revision + " has no content") : a;
            }
            return new Fetch(unit, doc, tables, figures, summary, formList, grids, assets,
                    bc == null ? null : bc.path("glossary"), done);
        });
    }

    private ServiceClient client(Part part) {
        return switch (part) {
            case BUDGET -> budget;
            case PERFORMANCE -> performance;
            case ASSETS -> asset;
        };
    }

    private static JsonNode content(Fetched revision) {
        return revision.ok() && revision.json().path("content").isObject() ? revision.json().path("content") : null;
    }

    /** One field of a revision's content as if fetched on its own: absent or null is "not found". */
    private static Fetched piece(Fetched revision, JsonNode content, String field) {
        if (content == null) {
            return revision.ok() ? Fetched.failed(revision.service(), revision.service() + " answered a revision without content") : revision;
        }
        JsonNode value = content.path(field);
        return value.isMissingNode() || value.isNull() ? new Fetched(revision.service(), null, 404, null)
                : new Fetched(revision.service(), value, 200, null);
    }

    public CompletableFuture<Fetched> fetch(ServiceClient client, String path, long deadlineNanos) {
        return fetch(client, path, null, deadlineNanos);
    }

    /** One GET, never failing: a failure or the deadline becomes a {@link Fetched} that says why. */
    public CompletableFuture<Fetched> fetch(ServiceClient client, String path, String authorization, long deadlineNanos) {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        String service = client.name();
        CompletableFuture<Fetched> answer;
        try {
            answer = client.get(path, authorization).toCompletableFuture().handle((up, failure) -> {
                if (failure != null) {
                    return Fetched.failed(service, reason(service, failure));
                }
                if (up.status() == 200) {
                    try {
                        return new Fetched(service, mapper.readTree(up.body()), 200, null);
                    } catch (IOException e) {
                        return Fetched.failed(service, service + " answered unreadable JSON");
                    }
                }
                return new Fetched(service, null, up.status(), null);
            });
        } catch (RuntimeException e) {
            answer = CompletableFuture.completedFuture(Fetched.failed(service, reason(service, e)));
        }
        return answer.completeOnTimeout(Fetched.failed(service, service + " did not answer within "
                + config.deadline().toMillis() + " ms"), remaining, TimeUnit.NANOSECONDS);
    }

    public static String describe(String service, Throwable failure) {
        return reason(service, failure);
    }

    static String reason(String service, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CircuitBreakerOpenException) {
            return service + " is failing (circuit breaker open)";
        }
        if (cause instanceof TimeoutException) {
            return service + " did not answer in time";
        }
        if (cause instanceof ServiceUnavailableException unavailable) {
            return unavailable.getMessage();
        }
        return service + " is unavailable";
    }

    /** The document of a draft (stamp null: status as the draft says, no revision) or of a published revision. */
    public Outcome build(String unitCode, int year, Fetch f, Stamp stamp) {
        if (f.budget().notFound() || f.unit().notFound()) {
            return new Outcome(null, true, "No budget of unit " + unitCode + " for " + year);
        }
        if (f.budget().status() != 0 && !f.budget().ok()) {
            return new Outcome(null, true, "budget-service answered " + f.budget().status());
        }
        List<Disclosure.MissingPart> missing = new ArrayList<>();
        JsonNode unit = f.unit().ok() ? f.unit().json() : null;
        JsonNode doc = f.budget().ok() ? f.budget().json() : null;
        Disclosure.Overview overview = null;
        if (unit != null) {
            overview = overview(unit, year);
        } else {
            missing.add(missingPart("overview", f.unit()));
        }
        List<JsonNode> tables = null;
        if (f.tables().ok()) {
            tables = new ArrayList<>();
            f.tables().json().path("tables").forEach(tables::add);
        } else {
            missing.add(missingPart("tables", f.tables()));
        }
        Explanations explanations = null;
        JsonNode perf = null;
        List<JsonNode> forms = new ArrayList<>();
        if (f.summary().ok() && f.formList().ok() && f.grids().stream().allMatch(Fetched::ok)) {
            perf = f.summary().json();
            f.grids().forEach(g -> forms.add(g.json()));
        } else if (f.summary().notFound() && (f.formList().ok() || f.formList().notFound())) {
            perf = emptySummary(year);
        } else {
            Fetched failed = !f.summary().ok() ? f.summary() : !f.formList().ok() ? f.formList()
                    : f.grids().stream().filter(g -> !g.ok()).findFirst().orElse(f.summary());
            missing.add(missingPart(ExplanationWriter.PERFORMANCE, failed));
        }
        JsonNode assets = null;
        if (f.assets().ok()) {
            assets = f.assets().json();
        } else if (f.assets().notFound()) {
            assets = JsonNodeFactory.instance.objectNode();
        } else {
            missing.add(missingPart(ExplanationWriter.ASSETS, f.assets()));
        }
        if (doc != null && f.figures().ok()) {
            explanations = ExplanationWriter.write(new ExplanationWriter.Sources(unit, doc, f.figures().json(), perf, forms, assets));
        } else {
            missing.add(0, missingPart("explanations", doc == null ? f.budget() : f.figures()));
        }
        String unitName = unit != null ? unit.path("name").asText() : doc != null ? doc.path("unitName").asText(null) : null;
        String regionCode = unit != null ? unit.path("regionCode").asText(null) : null;
        String status = stamp != null ? stamp.status() : doc != null ? doc.path("status").asText(null) : null;
        Integer revision = stamp != null ? Integer.valueOf(stamp.revision()) : null;
        String disclosureDate = doc != null ? doc.path("disclosureDate").asText(null) : null;
        String title = (unitName == null ? unitCode : unitName) + year + "年度单位预算公开";
        Disclosure document = new Disclosure(unitCode, year, unitName, regionCode, title, status, Disclosure.statusName(status),
                revision, disclosureDate, stamp == null ? null : stamp.withdrawal(), missing.isEmpty(), List.copyOf(missing),
                overview, tables, explanations, stamp == null ? glossary.forRegion(regionCode) : captured(f.glossary(), regionCode));
        return new Outcome(document, false, null);
    }

    /**
     * The glossary a revision captured (budget-service's content.glossary: an array of entries, or an object with
     * title and entries). Only when a revision holds none (a service that does not capture it) the gateway's
     * current one for the region.
     */
    Disclosure.Glossary captured(JsonNode captured, String regionCode) {
        JsonNode entries = captured == null ? null : captured.isArray() ? captured : captured.path("entries");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            return glossary.forRegion(regionCode);
        }
        List<org.budgetdisclosure.gateway.GlossaryEntry> list = new ArrayList<>();
        int n = 0;
        for (JsonNode e : entries) {
            n++;
            JsonNode number = e.path("number"); // budget-service keeps whole numbers 0–1000000; anything else: the position
            int printed = number.isIntegralNumber() && number.canConvertToInt() && number.asInt() >= 0
                    && number.asInt() <= org.budgetdisclosure.gateway.Bounds.GLOSSARY_NUMBER ? number.asInt() : n;
            list.add(new org.budgetdisclosure.gateway.GlossaryEntry(printed, e.path("term").asText(""), e.path("definition").asText("")));
        }
        String title = captured.isObject() ? captured.path("title").asText("名词解释") : "名词解释";
        return new Disclosure.Glossary(title, List.copyOf(list));
    }

    private static Disclosure.MissingPart missingPart(String part, Fetched f) {
        String reason = f.failure() != null ? f.failure() : f.service() + " answered " + f.status();
        return new Disclosure.MissingPart(part, f.service(), reason);
    }

    static Disclosure.Overview overview(JsonNode unit, int year) {
        List<String> duties = new ArrayList<>();
        unit.path("duties").forEach(d -> duties.add(d.asText()));
        JsonNode staffing = null;
        for (JsonNode s : unit.path("staffing")) {
            if (s.path("fiscalYear").asInt() == year || staffing == null) {
                staffing = s;
            }
        }
        Integer authorized = staffing != null && staffing.hasNonNull("authorizedPositions") ? staffing.path("authorizedPositions").asInt() : null;
        Integer actual = staffing != null && staffing.hasNonNull("actualStaff") ? staffing.path("actualStaff").asInt() : null;
        String text = authorized == null ? null
                : "编制" + authorized + "人" + (actual == null ? "" : "，其中在职人员" + actual + "人") + "。";
        return new Disclosure.Overview(duties, unit.path("internalStructure").asText(null), authorized, actual, text);
    }

    private static JsonNode emptySummary(int year) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.putObject("overallGoal").put("reported", false).put("amountWanYuan", "0.00")
                .put("statement", year + "年本单位未编报整体绩效目标，涉及资金0万元");
        summary.putObject("managed").put("count", 0);
        summary.putObject("published").put("count", 0);
        return summary;
    }

    public static String enc(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
