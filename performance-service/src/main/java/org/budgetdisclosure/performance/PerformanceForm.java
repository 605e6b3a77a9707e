package org.budgetdisclosure.performance;

import java.time.OffsetDateTime;
import java.util.List;

/** 项目支出绩效目标表: one project's performance goal form for one fiscal year. */
public record PerformanceForm(
        String unitCode,
        int fiscalYear,
        String projectCode,
        String projectName,
        String formTitle,
        String formSubtitle,
        String departmentCode,
        String departmentName,
        String implementingUnit,
        ProjectAttribute attribute,
        String attributeText,
        String periodText,
        ProjectCategory category,
        Funds implementationFunds,
        Funds annualFunds,
        String overview,
        String legalBasis,
        String necessity,
        String safeguards,
        String implementationPlan,
        String implementationGoal,
        String annualGoal,
        List<Indicator> implementationIndicators,
        List<Indicator> annualIndicators,
        boolean published,
        OffsetDateTime filledAt,
        String responsiblePerson,
        String handler,
        String phone) {

    public Funds funds(Period period) {
        return period == Period.ANNUAL ? annualFunds : implementationFunds;
    }

    public List<Indicator> indicators(Period period) {
        return period == Period.ANNUAL ? annualIndicators : implementationIndicators;
    }

    /** 主管部门及代码 as printed: "906-经建股单位". */
    public String departmentPrinted() {
        if (departmentCode == null) {
            return departmentName;
        }
        return departmentName == null ? departmentCode : departmentCode + "-" + departmentName;
    }
}
