package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole 项目支出绩效目标表 as typed JSON: what PUT takes and GET returns. Fields marked read-only
 * (names of enumerations, printed forms, parsed targets) are derived and ignored on input, so a
 * document read with GET can be sent back with PUT unchanged.
 */
@Schema(name = "PerformanceForm", description = "项目支出绩效目标表 of one project and fiscal year")
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "projectName", "formTitle", "formSubtitle",
        "competentDepartment", "implementingUnit", "attribute", "attributeName", "attributeText", "period",
        "category", "categoryName", "funds", "overview", "legalBasis", "necessity", "safeguards",
        "implementationPlan", "overallGoals", "indicators", "published", "metadata"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FormDocument(
        @Schema(readOnly = true, example = "402001", pattern = Limits.UNIT_CODE, maxLength = FieldLimits.UNIT_CODE) String unitCode,
        @Schema(readOnly = true, example = "2025", minimum = "0", maximum = "9999") Integer fiscalYear,
        @Schema(description = "the budget project's code; taken from the path", example = "402001250004", pattern = Limits.PROJECT_CODE, maxLength = FieldLimits.PROJECT_CODE) String projectCode,
        @Schema(description = "项目名称 as printed on the form", required = true, maxLength = FieldLimits.PROJECT_NAME) String projectName,
        @Schema(description = "form heading; derived from region and year when absent",
                example = "上党区县(区)级预算部门(单位)项目支出绩效目标表", maxLength = FieldLimits.NAME) String formTitle,
        @Schema(example = "(2025年度)", maxLength = FieldLimits.FORM_SUBTITLE) String formSubtitle,
        Department competentDepartment,
        @Schema(description = "实施单位", example = "长治市上党区中小企业服务中心", maxLength = FieldLimits.NAME) String implementingUnit,
        @Schema(description = "项目属性", enumeration = {"ONE_OFF", "RECURRING"}, required = true) String attribute,
        @Schema(readOnly = true, example = "一次性项目", maxLength = FieldLimits.LABEL) String attributeName,
        @Schema(description = "项目属性 as printed", example = "一次性项目(1年结束)", maxLength = FieldLimits.ATTRIBUTE_TEXT) String attributeText,
        @Schema(description = "项目期 as printed", example = "1年", maxLength = FieldLimits.PERIOD_TEXT) String period,
        @Schema(enumeration = {"PERSONNEL", "OTHER_OPERATION", "SPECIFIC_GOAL"}, required = true) String category,
        @Schema(readOnly = true, example = "特定目标类", maxLength = FieldLimits.LABEL) String categoryName,
        FundsByPeriod funds,
        @Schema(description = "项目概况", maxLength = FieldLimits.LONG_TEXT) String overview,
        @Schema(description = "立项依据", maxLength = FieldLimits.LONG_TEXT) String legalBasis,
        @Schema(description = "项目设立必要性", maxLength = FieldLimits.LONG_TEXT) String necessity,
        @Schema(description = "保证项目实施的制度、措施", maxLength = FieldLimits.LONG_TEXT) String safeguards,
        @Schema(description = "项目实施计划", maxLength = FieldLimits.LONG_TEXT) String implementationPlan,
        OverallGoals overallGoals,
        IndicatorsByPeriod indicators,
        @Schema(description = "whether the form is published (公开)") Boolean published,
        Metadata metadata) {

    /** 主管部门及代码: code "906", name "经建股单位", printed "906-经建股单位". */
    @JsonPropertyOrder({"code", "name", "printed"})
    public record Department(@Schema(example = "906", maxLength = FieldLimits.DEPARTMENT_CODE) String code,
                             @Schema(example = "经建股单位", maxLength = FieldLimits.NAME) String name,
                             // code "-" name: 32 + 1 + 200
                             @Schema(readOnly = true, example = "906-经建股单位", maxLength = FieldLimits.DEPARTMENT_CODE + 1 + FieldLimits.NAME) String printed) {
    }

    /** 项目资金(元) for the implementation period (实施期) and the year (年度). */
    @JsonPropertyOrder({"implementationPeriod", "annual"})
    public record FundsByPeriod(FundsSplit implementationPeriod, FundsSplit annual) {
    }

    /** Exact yuan by origin; null is a blank cell, "0.00" a printed 0. */
    @JsonPropertyOrder({"total", "central", "provincial", "municipal", "selfRaised", "other"})
    public record FundsSplit(
            @Schema(description = "资金总额", example = "400000.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String total,
            @Schema(description = "中央财政资金", example = "0.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String central,
            @Schema(description = "省级财政资金", example = "400000.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String provincial,
            @Schema(description = "市县(区)财政资金", example = "0.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String municipal,
            @Schema(description = "单位自筹", example = "0.00", pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String selfRaised,
            @Schema(description = "其他资金; null when blank", nullable = true, pattern = FieldLimits.MONEY_PATTERN, maxLength = FieldLimits.MONEY) String other) {
    }

    /** 总体目标 for each period, exactly as printed (they may differ). */
    @JsonPropertyOrder({"implementationPeriod", "annual"})
    public record OverallGoals(@Schema(maxLength = FieldLimits.LONG_TEXT) String implementationPeriod,
                               @Schema(maxLength = FieldLimits.LONG_TEXT) String annual) {
    }

    /** The indicator tree per period, in printed order. */
    @JsonPropertyOrder({"implementationPeriod", "annual"})
    public record IndicatorsByPeriod(@Schema(maxItems = FieldLimits.INDICATORS_PER_PERIOD) java.util.List<IndicatorEntry> implementationPeriod,
                                     @Schema(maxItems = FieldLimits.INDICATORS_PER_PERIOD) java.util.List<IndicatorEntry> annual) {
    }

    /** 一级 › 二级 › 三级 › 指标值. */
    @JsonPropertyOrder({"level1", "level1Name", "level2", "level2Name", "name", "target", "targetParsed"})
    public record IndicatorEntry(
            @Schema(enumeration = {"OUTPUT", "BENEFIT", "SATISFACTION", "COST"}, example = "OUTPUT") String level1,
            @Schema(readOnly = true, example = "产出指标", maxLength = FieldLimits.LABEL) String level1Name,
            @Schema(example = "QUANTITY", enumeration = {"QUANTITY", "QUALITY", "TIMELINESS", "COST", "ECONOMIC_BENEFIT",
                    "SOCIAL_BENEFIT", "ECOLOGICAL_BENEFIT", "SUSTAINABLE_IMPACT", "SERVICE_RECIPIENT_SATISFACTION",
                    "ECONOMIC_COST", "SOCIAL_COST", "ECOLOGICAL_COST"}) String level2,
            @Schema(readOnly = true, example = "数量指标", maxLength = FieldLimits.LABEL) String level2Name,
            @Schema(description = "三级指标; null on a level-2 row printed without one", maxLength = FieldLimits.INDICATOR_NAME) String name,
            @Schema(description = "指标值 exactly as written; a number has at most 18 digits before the point", example = "≥90%", maxLength = FieldLimits.TARGET) String target,
            @Schema(readOnly = true) ParsedTarget targetParsed) {
    }

    /** A target read as comparator, number or word, and unit; null when there is no target or it does not parse. */
    @JsonPropertyOrder({"comparator", "comparatorSymbol", "number", "word", "unit"})
    // Derived from the target (at most 100 characters), so no part is longer than the target itself.
    public record ParsedTarget(@Schema(example = "GE", nullable = true, description = "GE, LE, EQ, GT or LT", maxLength = 2) String comparator,
                               @Schema(example = "≥", nullable = true, description = "≥, ≤, =, > or <", maxLength = 1) String comparatorSymbol,
                               @Schema(example = "90", nullable = true, maxLength = FieldLimits.TARGET) String number,
                               @Schema(example = "提高", nullable = true, maxLength = FieldLimits.TARGET) String word,
                               @Schema(example = "%", nullable = true, maxLength = FieldLimits.TARGET) String unit) {
    }

    /** 负责人, 经办人, 联系电话, 填报日期 (printed "20250116101907", read as 2025-01-16T10:19:07+08:00). */
    @JsonPropertyOrder({"filledAt", "filledAtPrinted", "responsiblePerson", "handler", "phone"})
    public record Metadata(
            @Schema(description = "ISO-8601 with offset, or the printed 14 digits (read as +08:00)",
                    example = "2025-01-16T10:19:07+08:00", maxLength = FieldLimits.TIMESTAMP) String filledAt,
            @Schema(readOnly = true, example = "20250116101907", pattern = "^[0-9]{14}$", maxLength = 14) String filledAtPrinted,
            @Schema(nullable = true, maxLength = FieldLimits.PERSON) String responsiblePerson,
            @Schema(nullable = true, maxLength = FieldLimits.PERSON) String handler,
            @Schema(nullable = true, maxLength = FieldLimits.PHONE) String phone) {
    }
}
