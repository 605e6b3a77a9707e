package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * performance-service's {@code GET /api/v1/performance/{u}/{y}/summary} (section 十): the overall goal, the projects
 * managed under performance goals and those whose forms are published, by category, amounts in 万元 as printed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PerformanceSummary(OverallGoal overallGoal, Goals managed, Goals published) {

    public PerformanceSummary {
        overallGoal = overallGoal == null ? new OverallGoal(false, null, null) : overallGoal;
        managed = managed == null ? Goals.NONE : managed;
        published = published == null ? Goals.NONE : published;
    }

    /** A unit without performance data (the service answered 404): no overall goal, nothing managed. */
    public static PerformanceSummary none(int year) {
        return new PerformanceSummary(new OverallGoal(false, "0.00", year + "年本单位未编报整体绩效目标，涉及资金0万元"),
                Goals.NONE, Goals.NONE);
    }

    /** 整体绩效目标: reported or not, its funds in 万元, the service's statement of it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OverallGoal(boolean reported, String amountWanYuan, String statement) {
        public String amountText() {
            return Amount.wanText(amountWanYuan);
        }
    }

    /** Projects by count and amount, by category; for the published ones their share of project expenditure. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goals(int count, String amountWanYuan, List<Category> byCategory, String shareOfProjectExpenditure,
                        String shareStatus) {

        static final Goals NONE = new Goals(0, null, null, null, null);

        public Goals {
            byCategory = Lists.orEmpty(byCategory);
        }

        public String amountText() {
            return Amount.wanText(amountWanYuan);
        }

        /** The share as printed ("100.00", "0" for zero) when the service could compute it; else null. */
        public String shareText() {
            String share = Percent.text(shareOfProjectExpenditure);
            return share != null && "AVAILABLE".equals(shareStatus == null ? "AVAILABLE" : shareStatus) ? share : null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String categoryName, int count, String amountWanYuan) {
        public String amountText() {
            return Amount.wanText(amountWanYuan);
        }
    }
}
