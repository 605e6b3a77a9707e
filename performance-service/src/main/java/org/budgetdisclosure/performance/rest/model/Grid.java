package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An official table or form for any front end to draw: the same shape in every service. */
@Schema(name = "Grid")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"number", "title", "unitName", "unitLabel", "columns", "rows", "empty", "note"})
// A form's grid (FormGridRenderer): title = formTitle (≤ 200), unitName = 实施单位 (≤ 200), unit label "元",
// 4 top-level columns with up to 3 children, 19 fixed rows plus one per indicator row pair (≤ 2 × 200), 8 cells
// per row, each cell a field of the form (the longest: a long text, ≤ 20000).
public record Grid(@Schema(nullable = true, minimum = "1", maximum = "99", description = "null on a form's grid") Integer number,
                   @Schema(nullable = true, maxLength = FieldLimits.NAME) String title,
                   @Schema(nullable = true, maxLength = FieldLimits.NAME) String unitName,
                   @Schema(maxLength = 10) String unitLabel,
                   @Schema(maxItems = Grid.MAX_COLUMNS) List<Column> columns,
                   @Schema(maxItems = Grid.MAX_ROWS) List<Row> rows, boolean empty,
                   @Schema(nullable = true, maxLength = FieldLimits.STATEMENT) String note) {

    /** Columns at one level of the header (a form has 4, the widest group 3). */
    public static final int MAX_COLUMNS = 8;
    /** Rows of a form's grid: 19 fixed rows and at most one per indicator of both periods. */
    public static final int MAX_ROWS = 20 + 2 * FieldLimits.INDICATORS_PER_PERIOD;
    /** Cells per row: the 8 leaf columns. */
    public static final int CELLS = 8;

    @JsonPropertyOrder({"key", "label", "kind", "children"})
    public record Column(@Schema(maxLength = 64) String key, @Schema(maxLength = 64) String label,
                         @Schema(enumeration = {"text", "amount", "percent"}) String kind,
                         @Schema(maxItems = MAX_COLUMNS) List<Column> children) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"kind", "code", "name", "level", "cells"})
    public record Row(@Schema(enumeration = {"item", "subtotal", "total", "heading"}) String kind,
                      @Schema(maxLength = 64, description = "the field or LEVEL1/LEVEL2 of an indicator row") String code,
                      @Schema(nullable = true, maxLength = FieldLimits.INDICATOR_NAME, description = "a label or the 三级指标") String name,
                      @Schema(minimum = "1", maximum = "3") Integer level,
                      @Schema(minItems = CELLS, maxItems = CELLS, description = "each cell null or a field of the form (at most 20000 characters; stated by rest.GridCellLimit)") List<String> cells) {
    }
}
