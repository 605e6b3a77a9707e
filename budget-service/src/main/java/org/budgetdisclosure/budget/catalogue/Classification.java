package org.budgetdisclosure.budget.catalogue;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a classification catalogue of a fiscal year: 类 (level 1), 款 (level 2), 项 (level 3).
 * Economic classifications have only 类 and 款.
 */
@Schema(description = "A classification entry (科目)")
public record Classification(
        @Schema(example = "2080501", maxLength = Limits.CLASSIFICATION_CODE, pattern = Limits.CLASSIFICATION_CODE_PATTERN) String code,
        @Schema(example = "行政单位离退休", maxLength = Limits.NAME) String name,
        @Schema(description = "1 = 类, 2 = 款, 3 = 项", example = "3", minimum = "1", maximum = "3") int level,
        @Schema(example = "20805", nullable = true, maxLength = Limits.CLASSIFICATION_CODE) String parentCode) {

    /** The level a code of this length has: 3 digits → 1, 5 → 2, 7 → 3; 0 when no level has that length. */
    public static int levelOfCode(String code) {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }

    public static String parentOf(String code) {
        return code.length() <= 3 ? null : code.substring(0, code.length() - 2);
    }
}
