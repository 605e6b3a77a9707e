package org.budgetdisclosure.budget.tables;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One official disclosure table as a grid: enough for any front end to draw it without knowing it
 * ({@code columns} nested like the printed header, {@code rows} with every leaf cell as printed),
 * plus each row's exact yuan amounts for dashboards.
 */
@Schema(description = "An official table as a grid (预算公开表)")
public record BudgetTable(
        @Schema(example = "3", minimum = "1", maximum = "13") int number,
        @Schema(example = "2025年预算支出总表", maxLength = Limits.LABEL) String title,
        @Schema(example = "长治市上党区中小企业服务中心", maxLength = Limits.NAME) String unitName,
        @Schema(example = "万元", maxLength = Limits.LABEL) String unitLabel,
        @Schema(maxItems = Limits.GRID_COLUMNS) List<GridColumn> columns,
        @Schema(description = "At most " + Limits.GRID_ROWS + ": every row is a line or one of its parent classes", maxItems = Limits.GRID_ROWS) List<GridRow> rows,
        @Schema(description = "true when the table has no data; it then prints the note 注：本表无数据") boolean empty,
        @Schema(example = "注：本表无数据", nullable = true, maxLength = Limits.LABEL) String note) {

    public static final String UNIT_LABEL = "万元";
    public static final String EMPTY_NOTE = "注：本表无数据";
}
