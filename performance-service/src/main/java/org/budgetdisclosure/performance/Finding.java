package org.budgetdisclosure.performance;

/**
 * One validation finding. {@code field} is a JSON path in the form document
 * ("funds.annual.total", "indicators.annual[3].target"); {@code indicatorPath} the indicator's
 * tree path ("产出指标/成本指标/补助企业总额") when the finding is about one.
 */
public record Finding(String ruleId, Severity severity, FindingStatus status, String messageZh, String messageEn,
                      String projectCode, String field, String indicatorPath) {

    public static Finding failed(String ruleId, Severity severity, String projectCode, String field,
                                 String indicatorPath, String messageZh, String messageEn) {
        return new Finding(ruleId, severity, FindingStatus.FAILED, messageZh, messageEn, projectCode, field,
                indicatorPath);
    }
}
