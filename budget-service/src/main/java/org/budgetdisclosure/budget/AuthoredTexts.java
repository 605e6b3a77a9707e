package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of the explanations that people write: reasons for changes and other notes. Everything else is derived. */
@Schema(description = "Authored parts of the explanations (情况说明)")
public record AuthoredTexts(
        @Schema(maxLength = Limits.TEXT, description = "Reason for the change of income and expenditure against last year", example = "中小企业发展专项资金减少") String changeReason,
        @Schema(maxLength = Limits.TEXT, description = "Reason for the change of “三公”经费", nullable = true) String threePublicExpensesChangeReason,
        @Schema(maxLength = Limits.TEXT, description = "Reason for the change of 机关运行经费", nullable = true) String operatingExpensesChangeReason,
        @Schema(maxLength = Limits.TEXT, description = "十二（二）其他", example = "本单位无相关资金管理办法相关情况。") String otherNotes) {

    public static final AuthoredTexts NONE = new AuthoredTexts(null, null, null, null);
}
