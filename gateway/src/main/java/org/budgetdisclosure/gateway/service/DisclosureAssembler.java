package org.budgetdisclosure.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.ExplanationWriter;
import org.budgetdisclosure.gateway.Explanations;
import org.budgetdisclosure.gateway.GlossaryEntry;
import org.budgetdisclosure.gateway.client.AssetClient;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.client.PerformanceClient;
import org.budgetdisclosure.gateway.client.ServiceClient;
import org.budgetdisclosure.gateway.client.ServiceUnavailableException;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.publication.Part;
import org.budgetdisclosure.gateway.render.Printable;
import org.budgetdisclosure.gateway.upstream.AssetContent;
import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetContent;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.CapturedGlossary;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.FormList;
import org.budgetdisclosure.gateway.upstream.Grid;
import org.budgetdisclosure.gateway.upstream.PerformanceContent;
import org.budgetdisclosure.gateway.upstream.PerformanceSummary;
import org.budgetdisclosure.gateway.upstream.Revision;
import org.budgetdisclosure.gateway.upstream.RevisionList;
import org.budgetdisclosure.gateway.upstream.Tables;
import org.budgetdisclosure.gateway.upstream.Unit;
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
import java.util.function.Function;

/**
 * Assembles a disclosure: every call goes out at once, each bounded by the deadline (2 s); whatever
 * has not arrived by then is a missing part. Never waits longer, never throws for a service's failure.
 */
@ApplicationScoped
public class DisclosureAssembler {

    /** The outcome: the document (complete or with missing parts) with its grids typed for the renderers, or not found. */
    public record Outcome(Disclosure document, Printable printable, boolean notFound, String notFoundDetail) {
    }

    /** Everything fetched for one unit and year, read into the gateway's records; also the input of the cross-service rules. */
    public record Fetch(Fetched<Unit> unit, Fetched<BudgetDocument> budget, Fetched<Tables> tables, Fetched<Figures> figures,
                        Fetched<PerformanceSummary> summary, Fetched<FormList> formList, List<Fetched<Grid>> grids,
                        Fetched<AssetSnapshot> assets, CapturedGlossary glossary, Map<String, Long> doneAfterNanos) {

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

    @Inject
    ExplanationWriter explanationWriter;

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
        var unit = fetch(budget, "/api/v1/units/" + u + draft, authorization, deadline, Unit.class);
        var doc = fetch(budget, budgetPath + draft, authorization, deadline, BudgetDocument.class);
        var tables = fetch(budget, budgetPath + "/tables" + draft, authorization, deadline, Tables.class);
        var figures = fetch(budget, budgetPath + "/figures" + draft, authorization, deadline, Figures.class);
        var summary = fetch(performance, perfPath + "/summary" + draft, authorization, deadline, PerformanceSummary.class);
        var formList = fetch(performance, perfPath + "/forms?limit=200&revision=draft", authorization, deadline, FormList.class);
        CompletableFuture<List<Fetched<Grid>>> grids = formList.thenCompose(list -> {
            if (!list.ok()) {
                return CompletableFuture.completedFuture(List.of());
            }
            List<CompletableFuture<Fetched<Grid>>> each = new ArrayList<>();
            for (FormList.Item item : list.body().items()) {
                each.add(fetch(performance, perfPath + "/forms/" + enc(String.valueOf(item.projectCode())) + "/grid" + draft,
                        authorization, deadline, Grid.class));
            }
            return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                    .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
        });
        var assets = fetch(asset, Part.ASSETS.base(u, year) + draft, authorization, deadline, AssetSnapshot.class);
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
     * draft's endpoints would give. A part whose list could not be read is missing.
     */
    public CompletableFuture<Fetch> fetchRevision(String unitCode, int year, int revision, Map<Part, Fetched<RevisionList>> lists,
                                                  long started, long deadline) {
        Map<String, Long> done = new ConcurrentSkipListMap<>();
        String u = enc(unitCode);
        var budgetRevision = revision(Part.BUDGET, lists, u, year, revision, deadline, Revision.OfBudget.class, started, done);
        var performanceRevision = revision(Part.PERFORMANCE, lists, u, year, revision, deadline, Revision.OfPerformance.class, started, done);
        var assetRevision = revision(Part.ASSETS, lists, u, year, revision, deadline, Revision.OfAssets.class, started, done);
        return CompletableFuture.allOf(budgetRevision, performanceRevision, assetRevision).thenApply(v -> {
            Fetched<Revision.OfBudget> b = budgetRevision.join();
            Fetched<Revision.OfPerformance> p = performanceRevision.join();
            Fetched<Revision.OfAssets> a = assetRevision.join();
            Fetched<BudgetContent> bc = content(b, Revision.OfBudget::content);
            Fetched<PerformanceContent> pc = content(p, Revision.OfPerformance::content);
            Fetched<AssetContent> ac = content(a, Revision.OfAssets::content);
            Fetched<FormList> formList;
            List<Fetched<Grid>> grids = new ArrayList<>();
            if (pc.ok()) {
                List<FormList.Item> items = new ArrayList<>();
                for (PerformanceContent.Form form : pc.body().forms()) {
                    items.add(new FormList.Item(form.projectCode()));
                    grids.add(form.grid() != null ? Fetched.found(p.service(), form.grid())
                            : Fetched.failed(p.service(), p.service() + " revision " + revision + " holds a form without its grid"));
                }
                formList = Fetched.found(p.service(), new FormList(items));
            } else {
                formList = p.ok() ? Fetched.failed(p.service(), p.service() + " revision " + revision + " has no content") : p.withoutBody();
            }
            Fetched<AssetSnapshot> assets;
            if (ac.ok()) {
                AssetSnapshot snapshot = ac.body().snapshot();
                assets = snapshot != null ? Fetched.found(a.service(), snapshot)
                        : Fetched.notFoundAt(a.service()); // no snapshot that year: sections 九/十一/十二 say so
            } else {
                assets = a.ok() ? Fetched.failed(a.service(), a.service() + " revision " + revision + " has no content") : a.withoutBody();
            }
            return new Fetch(bc.member(BudgetContent::unit), bc.member(BudgetContent::budget), bc.member(BudgetContent::tables),
                    bc.member(BudgetContent::figures), pc.member(PerformanceContent::summary), formList, grids, assets,
                    bc.ok() ? bc.body().glossary() : null, done);
        });
    }

    /** One part's {@code GET …/revisions/{n}}, when its list could be read (else what the list came to). */
    private <T> CompletableFuture<Fetched<T>> revision(Part part, Map<Part, Fetched<RevisionList>> lists, String u, int year, int revision,
                                                       long deadline, Class<T> type, long started, Map<String, Long> done) {
        Fetched<RevisionList> list = lists.get(part);
        CompletableFuture<Fetched<T>> content = list == null || !list.ok()
                ? CompletableFuture.completedFuture(list == null ? Fetched.failed(part.service, part.service + " was not asked") : list.withoutBody())
                : fetch(client(part), part.base(u, year) + "/revisions/" + revision, null, deadline, type);
        return content.whenComplete((f, e) -> done.put(part.service, System.nanoTime() - started));
    }

    private ServiceClient client(Part part) {
        return switch (part) {
            case BUDGET -> budget;
            case PERFORMANCE -> performance;
            case ASSETS -> asset;
        };
    }

    /** A revision's content: "without content" when the service answered a revision that holds none. */
    private static <R, C> Fetched<C> content(Fetched<R> revision, Function<R, C> content) {
        if (!revision.ok()) {
            return revision.withoutBody();
        }
        C c = content.apply(revision.body());
        return c == null ? Fetched.failed(revision.service(), revision.service() + " answered a revision without content")
                : Fetched.found(revision.service(), c);
    }

    /** One GET, never failing: the body read into {@code type} where it arrives; a failure or the deadline becomes a {@link Fetched} that says why. */
    public <T> CompletableFuture<Fetched<T>> fetch(ServiceClient client, String path, String authorization, long deadlineNanos,
                                                   Class<T> type) {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        String service = client.name();
        CompletableFuture<Fetched<T>> answer;
        try {
            answer = client.get(path, authorization).toCompletableFuture().handle((up, failure) -> {
                if (failure != null) {
                    return Fetched.<T>failed(service, reason(service, failure));
                }
                if (up.status() == 200) {
                    try {
                        return new Fetched<>(service, mapper.readValue(up.body(), type), 200, null);
                    } catch (IOException e) {
                        return Fetched.<T>failed(service, service + " answered unreadable JSON");
                    }
                }
                return new Fetched<T>(service, null, up.status(), null);
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
            return new Outcome(null, null, true, "No budget of unit " + unitCode + " for " + year);
        }
        if (f.budget().status() != 0 && !f.budget().ok()) {
            return new Outcome(null, null, true, "budget-service answered " + f.budget().status());
        }
        List<Disclosure.MissingPart> missing = new ArrayList<>();
        Unit unit = f.unit().ok() ? f.unit().body() : null;
        BudgetDocument doc = f.budget().ok() ? f.budget().body() : null;
        Disclosure.Overview overview = null;
        if (unit != null) {
            overview = overview(unit, year);
        } else {
            missing.add(missingPart("overview", f.unit()));
        }
        List<Grid> tables = null;
        if (f.tables().ok()) {
            tables = f.tables().body().tables();
        } else {
            missing.add(missingPart("tables", f.tables()));
        }
        Explanations explanations = null;
        PerformanceSummary perf = null;
        List<Grid> forms = new ArrayList<>();
        if (f.summary().ok() && f.formList().ok() && f.grids().stream().allMatch(Fetched::ok)) {
            perf = f.summary().body();
            f.grids().forEach(g -> forms.add(g.body()));
        } else if (f.summary().notFound() && (f.formList().ok() || f.formList().notFound())) {
            perf = PerformanceSummary.none(year);
        } else {
            Fetched<?> failed = !f.summary().ok() ? f.summary() : !f.formList().ok() ? f.formList()
                    : f.grids().stream().filter(g -> !g.ok()).findFirst().<Fetched<?>>map(g -> g).orElse(f.summary());
            missing.add(missingPart(ExplanationWriter.PERFORMANCE, failed));
        }
        AssetSnapshot assets = null;
        if (f.assets().ok()) {
            assets = f.assets().body();
        } else if (f.assets().notFound()) {
            assets = AssetSnapshot.NONE;
        } else {
            missing.add(missingPart(ExplanationWriter.ASSETS, f.assets()));
        }
        String regionCode = unit != null ? unit.regionCode() : null;
        if (doc != null && f.figures().ok()) {
            explanations = explanationWriter.write(new ExplanationWriter.Sources(unit, doc, f.figures().body(), perf, forms, assets), regionCode);
        } else {
            missing.add(0, missingPart("explanations", doc == null ? f.budget() : f.figures()));
        }
        String unitName = unit != null ? unit.name() : doc != null ? doc.unitName() : null;
        String status = stamp != null ? stamp.status() : doc != null ? doc.status() : null;
        Integer revision = stamp != null ? Integer.valueOf(stamp.revision()) : null;
        String disclosureDate = doc != null ? doc.disclosureDate() : null;
        String title = (unitName == null ? unitCode : unitName) + year + "年度单位预算公开";
        Disclosure document = new Disclosure(unitCode, year, unitName, regionCode, title, status, Disclosure.statusName(status),
                revision, disclosureDate, stamp == null ? null : stamp.withdrawal(), missing.isEmpty(), List.copyOf(missing),
                overview, tables == null ? null : tables.stream().map(Grid::printed).toList(), explanations,
                stamp == null ? glossary.forRegion(regionCode) : captured(f.glossary(), regionCode));
        return new Outcome(document, new Printable(document, tables, forms), false, null);
    }

    /**
     * The glossary a revision captured (budget-service's content.glossary: an array of entries, or an object with
     * title and entries). Only when a revision holds none (a service that does not capture it) the gateway's
     * current one for the region.
     */
    Disclosure.Glossary captured(CapturedGlossary captured, String regionCode) {
        if (captured == null || captured.entries().isEmpty()) {
            return glossary.forRegion(regionCode);
        }
        List<GlossaryEntry> list = new ArrayList<>();
        int n = 0;
        for (CapturedGlossary.Entry e : captured.entries()) {
            n++;
            Integer number = e.number(); // budget-service keeps whole numbers 0–1000000; anything else: the position
            int printed = number != null && number >= 0 && number <= org.budgetdisclosure.gateway.Bounds.GLOSSARY_NUMBER ? number : n;
            list.add(new GlossaryEntry(printed, e.term() != null ? e.term() : "", e.definition() != null ? e.definition() : ""));
        }
        return new Disclosure.Glossary(captured.title() != null ? captured.title() : "名词解释", List.copyOf(list));
    }

    private static Disclosure.MissingPart missingPart(String part, Fetched<?> f) {
        String reason = f.failure() != null ? f.failure() : f.service() + " answered " + f.status();
        return new Disclosure.MissingPart(part, f.service(), reason);
    }

    static Disclosure.Overview overview(Unit unit, int year) {
        Unit.Staffing staffing = unit.staffingOf(year);
        Integer authorized = staffing != null ? staffing.authorizedPositions() : null;
        Integer actual = staffing != null ? staffing.actualStaff() : null;
        String text = authorized == null ? null
                : "编制" + authorized + "人" + (actual == null ? "" : "，其中在职人员" + actual + "人") + "。";
        return new Disclosure.Overview(List.copyOf(unit.duties()), unit.internalStructure(), authorized, actual, text);
    }

    public static String enc(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
