package org.budgetdisclosure.performance.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a unit's DRAFT budget ({@code ?revision=draft}, forwarding the caller's {@code Authorization}: only a
 * draft is ever computed here; published performance content is stored, not derived) within 2 s behind a circuit
 * breaker; a 404 (no draft budget, or a token that may not read it) is an answer ("no budget"), recovered inside the breaker; anything else ends in UNAVAILABLE, never an exception.
 */
@ApplicationScoped
public class BudgetClient {

    private static final Logger LOG = Logger.getLogger(BudgetClient.class);

    /** budget-service's selector of the draft budget; a draft read needs the caller's viewer+ token. */
    static final String DRAFT = "draft";

    private final BudgetApi api;

    public BudgetClient(@RestClient BudgetApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public BudgetLookup draftBudget(String unitCode, int year, String authorization) {
        BudgetDocument document;
        try {
            document = api.budget(unitCode, year, DRAFT, authorization);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return new BudgetLookup(BudgetLookup.Status.NO_BUDGET, Map.of(), "no budget for " + unitCode + "/" + year);
            }
            throw e;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (document != null && document.projects() != null) {
            for (BudgetDocument.Project project : document.projects()) {
                BigDecimal sum = BigDecimal.ZERO.setScale(2);
                if (project.amounts() != null) {
                    for (BudgetDocument.Amount amount : project.amounts()) {
                        if (amount.amount() != null) {
                            sum = sum.add(new BigDecimal(amount.amount()));
                        }
                    }
                }
                amounts.merge(project.code(), sum, BigDecimal::add);
            }
        }
        return new BudgetLookup(BudgetLookup.Status.AVAILABLE, amounts, null);
    }

    BudgetLookup unavailable(String unitCode, int year, String authorization, Throwable failure) {
        LOG.debugf("budget-service unavailable for %s/%d: %s", unitCode, year, failure.toString());
        String reason = failure.getClass().getSimpleName().equals("CircuitBreakerOpenException") ? "circuit open"
                : timedOut(failure) ? "timed out" : "unreachable or failing";
        return BudgetLookup.unavailable(reason);
    }

    /** The fault-tolerance timeout, or the HTTP client's own read timeout somewhere in the causes. */
    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
