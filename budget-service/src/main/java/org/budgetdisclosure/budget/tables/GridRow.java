package org.budgetdisclosure.budget.tables;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A printed row: {@code cells} hold every leaf column as printed ({@code null} for a blank cell,
 * never "0.00"); {@code amounts} hold the exact yuan behind each amount cell, keyed by column key.
 */
@Schema(description = "A row of a grid")
public record GridRow(
        @Schema(description = "item, subtotal, total or heading", example = "item") String kind,
        @Schema(example = "2080501", nullable = true) String code,
        @Schema(example = "行政单位离退休", nullable = true) String name,
        @Schema(description = "0 for totals, 1 类, 2 款, 3 项", example = "3") int level,
        @Schema(example = "[\"2080501\", \"行政单位离退休\", \"10.44\", \"10.44\", null]") List<String> cells,
        @Schema(description = "Exact yuan per amount column key") Map<String, BigDecimal> amounts) {
}
