package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One result of a check (勾稽关系): which rule, how serious, what and where, in Chinese and English. */
@Schema(description = "A validation finding")
public record Finding(
        @Schema(example = "BGT-DISPLAY-ROUNDING", maxLength = Limits.LABEL) String ruleId,
        @Schema(example = "INFO") Severity severity,
        @Schema(example = "显示值按四舍五入计算，下级合计与上级显示值相差0.02万元", maxLength = Limits.MESSAGE) String messageZh,
        @Schema(example = "Rounded display: the displayed children differ from the displayed parent by 0.02 (10k yuan)", maxLength = Limits.MESSAGE) String messageEn,
        Location location) {

    /** Messages quote names and values: they are cut to their documented length. */
    public Finding {
        ruleId = Limits.cut(ruleId, Limits.LABEL);
        messageZh = Limits.cut(messageZh, Limits.MESSAGE);
        messageEn = Limits.cut(messageEn, Limits.MESSAGE);
    }

    /** Where a finding is: a table (1–13) or a part of the document, a row, a column. */
    @Schema(description = "Where a finding is")
    public record Location(
            @Schema(example = "6", nullable = true, minimum = "1", maximum = "13") Integer table,
            @Schema(example = "301 工资福利支出", nullable = true, maxLength = Limits.ROW) String row,
            @Schema(example = "合计", nullable = true, maxLength = Limits.LABEL) String column,
            @Schema(description = "The document field, when the finding is about input", example = "texts.changeReason", nullable = true, maxLength = Limits.LABEL) String field) {

        public Location {
            row = Limits.cut(row, Limits.ROW);
            column = Limits.cut(column, Limits.LABEL);
            field = Limits.cut(field, Limits.LABEL);
        }

        public static Location table(int table, String row, String column) {
            return new Location(table, row, column, null);
        }

        public static Location field(String field) {
            return new Location(null, null, null, field);
        }
    }
}
