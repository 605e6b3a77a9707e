package org.budgetdisclosure.budget.tables;

import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.TextSchemas;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
        @Schema(description = "item, subtotal, total or heading", example = "item", maxLength = Limits.LABEL) String kind,
        @Schema(example = "2080501", nullable = true, maxLength = Limits.PROJECT_CODE) String code,
        @Schema(example = "行政单位离退休", nullable = true, maxLength = Limits.CELL) String name,
        @Schema(description = "0 for totals, 1 类, 2 款, 3 项", example = "3", minimum = "0", maximum = "3") int level,
        @Schema(example = "[\"2080501\", \"行政单位离退休\", \"10.44\", \"10.44\", null]", maxItems = Limits.GRID_COLUMNS, type = SchemaType.ARRAY, implementation = TextSchemas.GridCell.class) List<String> cells,
        @Schema(description = "Exact yuan per amount column key") Map<String, BigDecimal> amounts) {
}
