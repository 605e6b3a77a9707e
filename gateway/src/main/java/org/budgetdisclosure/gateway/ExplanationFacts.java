package org.budgetdisclosure.gateway;

import org.budgetdisclosure.gateway.upstream.AssetSnapshot;
import org.budgetdisclosure.gateway.upstream.BudgetDocument;
import org.budgetdisclosure.gateway.upstream.Figures;
import org.budgetdisclosure.gateway.upstream.PerformanceSummary;

/**
 * What the explanation templates ({@code templates/explanations/}) are written from: the year and unit, budget-service's
 * figures, the unit's authored texts (blank ones as none; reasons without their closing punctuation, since the sentence
 * goes on), performance-service's summary and asset-service's snapshot (null when that service could not be reached),
 * and the dates as printed. The wording itself is in the templates.
 */
public record ExplanationFacts(int year, String unit, Figures figures,
                               String changeReason, String threePublicExpensesChangeReason,
                               String operatingExpensesChangeReason, String otherNotes,
                               PerformanceSummary performance, AssetSnapshot assets, String asOf) {

    static ExplanationFacts of(ExplanationWriter.Sources s, String unit) {
        BudgetDocument.Texts texts = s.budget().texts();
        return new ExplanationFacts(s.budget().fiscalYear(), unit, s.figures(), reason(texts.changeReason()),
                reason(texts.threePublicExpensesChangeReason()), reason(texts.operatingExpensesChangeReason()),
                blankAsNone(texts.otherNotes()), s.performance(), s.assets(),
                s.assets() == null ? null : Wording.date(s.assets().asOfDate()));
    }

    /** performance-service could not be reached: section 十 says its data is unavailable. */
    public boolean performanceMissing() {
        return performance == null;
    }

    /** asset-service could not be reached: sections 九, 十一 and 十二（一） say its data is unavailable. */
    public boolean assetsMissing() {
        return assets == null;
    }

    /** The overall goal as performance-service states it, closed with 。; null when it states none. */
    public String overallStatement() {
        String statement = performance == null ? null : performance.overallGoal().statement();
        return statement == null || statement.endsWith("。") ? statement : statement + "。";
    }

    /** The purchased-services catalogue has entries to list. */
    public boolean purchasedServicesListed() {
        return assets != null && assets.purchasedServices() != null && !assets.purchasedServices().nothing();
    }

    /** The catalogue's note, when there is one. */
    public String purchasedServicesNote() {
        return assets == null || assets.purchasedServices() == null ? null : blankAsNone(assets.purchasedServices().note());
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A reason as the sentence quotes it: stripped, without closing 。 . or ；. */
    private static String reason(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        while (trimmed.endsWith("。") || trimmed.endsWith(".") || trimmed.endsWith("；")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
