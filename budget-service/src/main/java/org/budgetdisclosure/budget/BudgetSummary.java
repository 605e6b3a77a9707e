package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One budget in a list: which unit and year, its state and when it last changed. */
@Schema(description = "A budget in a list")
public record BudgetSummary(
        @Schema(example = "402001") String unitCode,
        @Schema(example = "长治市上党区中小企业服务中心") String unitName,
        @Schema(example = "140404") String regionCode,
        @Schema(example = "2025") int fiscalYear,
        @Schema(example = "PUBLISHED") BudgetStatus status,
        @Schema(example = "1") int revision,
        @Schema(example = "2025-05-14T09:00:00+08:00") OffsetDateTime updatedAt) {
}
