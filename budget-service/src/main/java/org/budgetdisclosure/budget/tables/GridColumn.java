package org.budgetdisclosure.budget.tables;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A header cell; leaf columns (no children) line up with a row's cells, in order. */
@Schema(description = "A header cell of a grid; leaves line up with the row cells")
public record GridColumn(
        @Schema(example = "expenditure.basic", maxLength = Limits.LABEL) String key,
        @Schema(example = "基本支出", maxLength = Limits.LABEL) String label,
        @Schema(description = "text, amount or group", example = "amount", enumeration = {"text", "amount", "group"}) String kind,
        @Schema(maxItems = Limits.GRID_COLUMNS) List<GridColumn> children) {

    public static GridColumn text(String key, String label) {
        return new GridColumn(key, label, "text", List.of());
    }

    public static GridColumn amount(String key, String label) {
        return new GridColumn(key, label, "amount", List.of());
    }

    public static GridColumn group(String key, String label, GridColumn... children) {
        return new GridColumn(key, label, "group", List.of(children));
    }

    public void collectLeaves(List<GridColumn> into) {
        if (children.isEmpty()) {
            into.add(this);
        } else {
            children.forEach(child -> child.collectLeaves(into));
        }
    }
}
