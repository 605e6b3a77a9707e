package org.budgetdisclosure.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.Bounds;
import org.budgetdisclosure.gateway.CrossServiceRules;
import org.budgetdisclosure.gateway.Finding;
import org.budgetdisclosure.gateway.client.AssetClient;
import org.budgetdisclosure.gateway.client.BudgetClient;
import org.budgetdisclosure.gateway.client.PerformanceClient;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.PerformanceGoals;
import org.budgetdisclosure.gateway.upstream.ServiceFindings;
import org.budgetdisclosure.gateway.upstream.Tables;
import org.budgetdisclosure.gateway.upstream.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Every service's findings for a unit's year, plus the rules across services. */
@ApplicationScoped
public class ValidationService {

    @Schema(description = "Whether a service's own checks could be run")
    public record ServiceCheck(@Schema(example = "budget-service", enumeration = {"budget-service", "performance-service", "asset-service"})
                               String service,
                               @Schema(example = "CHECKED", enumeration = {"CHECKED", "NO_DATA", "NOT_CHECKED"}) String status,
                               @Schema(nullable = true, maxLength = Bounds.FAILURE, description = "Why not checked, or that there is no data")
                               String reason) {
    }

    @Schema(description = "All findings of a disclosure: each service's and the cross-service rules'")
    public record Report(@Schema(example = "402001", maxLength = Bounds.UNIT_CODE, pattern = Bounds.UNIT_CODE_PATTERN) String unitCode,
                         @Schema(example = "2025", format = "int32", minimum = Bounds.YEAR_MIN_TEXT, maximum = Bounds.YEAR_MAX_TEXT) int fiscalYear,
                         @Schema(description = "No ERROR finding and every service checked", example = "true") boolean publishable,
                         @Schema(format = "int32", minimum = "0", maximum = FINDINGS_TEXT) int errors,
                         @Schema(format = "int32", minimum = "0", maximum = FINDINGS_TEXT) int warnings,
                         @Schema(format = "int32", minimum = "0", maximum = FINDINGS_TEXT) int infos,
                         @Schema(maxItems = 3) List<ServiceCheck> services,
                         @Schema(maxItems = Bounds.FINDINGS, description = "The services' findings (they report at most 2061026: budget "
                                 + "10000, performance 2000000, asset 51026) and the gateway's across services (one per goal and "
                                 + "project, a few per authored text and figure quoted in it)") List<Finding> findings) {
    }

    /** {@link Bounds#FINDINGS} as the annotations need it. */
    static final String FINDINGS_TEXT = "" + Bounds.FINDINGS;

    @Inject
    DisclosureAssembler assembler;

    @Inject
    BudgetClient budget;

    @Inject
    PerformanceClient performance;

    @Inject
    AssetClient asset;

    @Inject
    GatewayConfig config;

    /**
     * The drafts' findings, read with the caller's token ({@code ?revision=draft}), as the document would be once
     * published (a placeholder in authored text is an ERROR). Null when the budget does not exist (or the caller
     * may not read its draft).
     */
    public CompletableFuture<Report> validate(String unitCode, int year, String authorization) {
        long deadline = System.nanoTime() + config.deadline().toNanos();
        String u = DisclosureAssembler.enc(unitCode);
        String b = "/api/v1/budgets/" + u + "/" + year;
        String p = "/api/v1/performance/" + u + "/" + year;
        String a = "/api/v1/assets/" + u + "/" + year;
        String draft = "?revision=draft";
        String auth = authorization;
        var unit = assembler.fetch(budget, "/api/v1/units/" + u + draft, auth, deadline, Unit.class);
        var doc = assembler.fetch(budget, b + draft, auth, deadline, BudgetDocument.class);
        var tables = assembler.fetch(budget, b + "/tables" + draft, auth, deadline, Tables.class);
        var figures = assembler.fetch(budget, b + "/figures" + draft, auth, deadline, Figures.class);
        var budgetFindings = assembler.fetch(budget, b + "/validation" + draft, auth, deadline, ServiceFindings.class);
        var goals = assembler.fetch(performance, p + "/goals" + draft, auth, deadline, PerformanceGoals.class);
        var perfFindings = assembler.fetch(performance, p + "/validation" + draft, auth, deadline, ServiceFindings.class);
        var snapshot = assembler.fetch(asset, a + draft, auth, deadline, AssetSnapshot.class);
        var assetFindings = assembler.fetch(asset, a + "/validation" + draft, auth, deadline, ServiceFindings.class);
        return CompletableFuture.allOf(unit, doc, tables, figures, budgetFindings, goals, perfFindings, snapshot, assetFindings)
                .thenApply(v -> {
                    if (doc.join().notFound()) {
                        return null;
                    }
                    List<Finding> findings = new ArrayList<>();
                    List<ServiceCheck> services = new ArrayList<>();
                    collect("budget-service", budgetFindings.join(), findings, services);
                    collect("performance-service", perfFindings.join(), findings, services);
                    collect("asset-service", assetFindings.join(), findings, services);
                    BudgetDocument draftDoc = body(doc.join());
                    if (draftDoc != null) {
                        draftDoc = draftDoc.withStatus("PUBLISHED"); // as it will be once published
                    }
                    Figures draftFigures = body(figures.join());
                    PerformanceGoals draftGoals = body(goals.join());
                    findings.addAll(CrossServiceRules.formFundsEqualBudget(draftDoc, draftGoals));
                    findings.addAll(CrossServiceRules.everyProjectHasForm(draftDoc, draftGoals));
                    findings.addAll(CrossServiceRules.procurementWithinBudget(draftFigures, body(snapshot.join())));
                    findings.addAll(CrossServiceRules.authoredTextAgainstTables(draftDoc, body(tables.join()), draftFigures));
                    findings.addAll(CrossServiceRules.operatingExpensesFitUnitType(body(unit.join()), draftFigures));
                    int errors = count(findings, "ERROR");
                    boolean allChecked = services.stream().noneMatch(s -> "NOT_CHECKED".equals(s.status()));
                    return new Report(unitCode, year, errors == 0 && allChecked, errors, count(findings, "WARNING"),
                            count(findings, "INFO"), services, findings);
                });
    }

    private static <T> T body(Fetched<T> f) {
        return f.ok() ? f.body() : null;
    }

    private static void collect(String service, Fetched<ServiceFindings> f, List<Finding> findings, List<ServiceCheck> services) {
        if (f.ok()) {
            services.add(new ServiceCheck(service, "CHECKED", null));
            for (ServiceFindings.Item finding : f.body().findings()) {
                findings.add(new Finding(service, orEmpty(finding.ruleId()), orEmpty(finding.severity()),
                        finding.messageZh(), finding.messageEn(), finding.location()));
            }
        } else if (f.notFound()) {
            services.add(new ServiceCheck(service, "NO_DATA", service + " holds nothing for this unit and year"));
        } else {
            services.add(new ServiceCheck(service, "NOT_CHECKED",
                    f.failure() != null ? f.failure() : service + " answered " + f.status()));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int count(List<Finding> findings, String severity) {
        return (int) findings.stream().filter(f -> severity.equals(f.severity())).count();
    }
}
