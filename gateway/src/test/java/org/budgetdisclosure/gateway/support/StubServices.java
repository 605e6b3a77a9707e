package org.budgetdisclosure.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts the three stand-in services and points the gateway at them. */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final StubService BUDGET = new StubService("budget-service", Map.of(
            "/api/v1/units/402001", "budget/unit.json",
            "/api/v1/budgets/402001/2025", "budget/budget.json",
            "/api/v1/budgets/402001/2025/tables", "budget/tables.json",
            "/api/v1/budgets/402001/2025/figures", "budget/figures.json",
            "/api/v1/budgets/402001/2025/validation", "budget/validation.json",
            "/api/v1/budgets", "budget/list.json",
            "/q/openapi", "budget/openapi.json"));

    public static final StubService PERFORMANCE = new StubService("performance-service", Map.of(
            "/api/v1/performance/402001/2025/summary", "performance/summary.json",
            "/api/v1/performance/402001/2025/forms", "performance/forms.json",
            "/api/v1/performance/402001/2025/forms/402001250001/grid", "performance/grid-402001250001.json",
            "/api/v1/performance/402001/2025/forms/402001250002/grid", "performance/grid-402001250002.json",
            "/api/v1/performance/402001/2025/forms/402001250004/grid", "performance/grid-402001250004.json",
            "/api/v1/performance/402001/2025/goals", "performance/goals.json",
            "/api/v1/performance/402001/2025/validation", "performance/validation.json",
            "/q/openapi", "performance/openapi.json"));

    public static final StubService ASSET = new StubService("asset-service", Map.of(
            "/api/v1/assets/402001/2025", "asset/snapshot.json",
            "/api/v1/assets/402001/2025/validation", "asset/validation.json",
            "/q/openapi", "asset/openapi.json"));

    /** The parts' revisions (revision 1 = the sample), answered by the stubs; fresh for every test. */
    public static volatile RevisionStore BUDGET_REVISIONS;
    public static volatile RevisionStore PERFORMANCE_REVISIONS;
    public static volatile RevisionStore ASSET_REVISIONS;

    static {
        freshRevisions();
    }

    private static void freshRevisions() {
        RevisionStore.ORDER.clear();
        BUDGET_REVISIONS = RevisionStore.budget();
        PERFORMANCE_REVISIONS = RevisionStore.performance();
        ASSET_REVISIONS = RevisionStore.assets();
        BUDGET.handler(BUDGET_REVISIONS);
        PERFORMANCE.handler(PERFORMANCE_REVISIONS);
        ASSET.handler(ASSET_REVISIONS);
    }

    @Override
    public Map<String, String> start() {
        BUDGET.start();
        PERFORMANCE.start();
        ASSET.start();
        return Map.of(
                "gateway.services.budget.url", BUDGET.url(),
                "gateway.services.performance.url", PERFORMANCE.url(),
                "gateway.services.asset.url", ASSET.url());
    }

    @Override
    public void stop() {
        BUDGET.stop();
        PERFORMANCE.stop();
        ASSET.stop();
    }

    /** Every stub up and fast again, answering revision 1 of the sample. */
    public static void healAll() {
        freshRevisions();
        for (StubService s : new StubService[]{BUDGET, PERFORMANCE, ASSET}) {
            s.delayMillis = 0;
            s.forgetBodies();
            s.forgetFailures();
            if (!s.running()) {
                s.start();
            }
        }
    }
}
