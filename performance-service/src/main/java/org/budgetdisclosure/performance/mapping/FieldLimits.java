package org.budgetdisclosure.performance.mapping;

import java.math.BigDecimal;

/**
 * The documented limits of request bodies, each one kept by {@link FieldReader} (422 naming the field, nothing
 * stored). The OpenAPI schemas ({@code @Schema(maxLength = …)} on the records of {@code rest.model}) use these very
 * constants, so what the document states is what the service refuses. Lengths count characters (Unicode code
 * points), as JSON Schema's {@code maxLength} does.
 *
 * <p>Response-only fields are bounded by what these limits make true (see the comments on the records).
 */
public final class FieldLimits {

    /** Unit codes, as in the path ({@code rest.Limits.UNIT_CODE}). */
    public static final int UNIT_CODE = 32;
    /** Project codes, as in the path ({@code rest.Limits.PROJECT_CODE}). */
    public static final int PROJECT_CODE = 64;
    /** 主管部门 code (VARCHAR(32) column). */
    public static final int DEPARTMENT_CODE = 32;
    /** 项目名称 of a form or a managed goal. */
    public static final int PROJECT_NAME = 500;
    /** Names of units, departments, 实施单位; the form heading. */
    public static final int NAME = 200;
    /** Region of the heading (上党区). */
    public static final int REGION_NAME = 100;
    /** Form subtitle "(2025年度)". */
    public static final int FORM_SUBTITLE = 100;
    /** 项目属性 as printed. */
    public static final int ATTRIBUTE_TEXT = 100;
    /** 项目期 as printed. */
    public static final int PERIOD_TEXT = 50;
    /** Long texts: 项目概况, 立项依据, 必要性, 措施, 实施计划, 总体目标 per period, 整体绩效目标. */
    public static final int LONG_TEXT = 20000;
    /** The printed statement of the 整体绩效目标. */
    public static final int STATEMENT = 2000;
    /** 三级指标. */
    public static final int INDICATOR_NAME = 500;
    /** 指标值 as written. */
    public static final int TARGET = 100;
    /** Integer digits of a target's number (stored as NUMERIC(24,6)). */
    public static final int TARGET_INTEGER_DIGITS = 18;
    /** Indicator rows per period. */
    public static final int INDICATORS_PER_PERIOD = 200;
    /** 负责人, 经办人. */
    public static final int PERSON = 100;
    /** 联系电话. */
    public static final int PHONE = 50;
    /** 填报日期 as sent: ISO-8601 with offset (at most 35 characters as served) or 14 digits. */
    public static final int TIMESTAMP = 40;
    /** Years a 填报日期 may fall in (keeps it four digits in any offset). */
    public static final int FILLED_AT_MIN_YEAR = 1900;
    public static final int FILLED_AT_MAX_YEAR = 2999;
    /** Exact yuan: at most 16 integer digits (NUMERIC(18,2)) and two decimals. */
    public static final String MONEY_PATTERN = "^[0-9]{1,16}([.][0-9]{1,2})?$";
    public static final int MONEY = 19;
    /** Why a revision is withdrawn. */
    public static final int WITHDRAWAL_REASON = 2000;
    /** Timestamps the service writes (UTC, ISO-8601, microseconds: 27 characters). */
    public static final int SERVED_TIMESTAMP = 40;
    /** Labels of the enumerations (产出指标, 一次性项目 …): the longest is 8 characters. */
    public static final int LABEL = 20;

    /** Projects under goal management per unit and year: forms plus form-less goals. */
    public static final int PROJECTS_PER_YEAR = 2000;

    private FieldLimits() {
    }

    /** Length in characters (code points), as JSON Schema counts it. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /** The rule: a value is too long when it has more than {@code max} characters. */
    public static boolean tooLong(String value, int max) {
        return length(value) > max;
    }

    /** The rule for a target's number: it fits NUMERIC(24,6), at most 18 digits before the point. */
    public static boolean targetNumberTooLarge(BigDecimal number) {
        return number != null && number.precision() - number.scale() > TARGET_INTEGER_DIGITS;
    }

    /** The rule for the 填报日期: a year from 1900 to 2999. */
    public static boolean filledAtYearOutOfRange(int year) {
        return year < FILLED_AT_MIN_YEAR || year > FILLED_AT_MAX_YEAR;
    }

    /** The rule: one more project fits when the unit-year holds fewer than {@link #PROJECTS_PER_YEAR} others. */
    public static boolean roomForAnotherProject(long othersInYear) {
        return othersInYear < PROJECTS_PER_YEAR;
    }
}
