package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project under performance goal management; {@code hasForm} false for one whose form is not printed. */
@Schema(name = "ManagedGoal")
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "projectName", "category", "categoryName", "amount",
        "published", "hasForm"})
public record GoalView(@Schema(readOnly = true) String unitCode, @Schema(readOnly = true) Integer fiscalYear,
                       @Schema(readOnly = true, example = "402001250003") String projectCode,
                       @Schema(example = "遗属人员补助") String projectName,
                       @Schema(example = "OTHER_OPERATION") String category,
                       @Schema(readOnly = true, example = "其他运转类") String categoryName,
                       @Schema(example = "21240.00") String amount, Boolean published,
                       @Schema(readOnly = true) Boolean hasForm) {
}
