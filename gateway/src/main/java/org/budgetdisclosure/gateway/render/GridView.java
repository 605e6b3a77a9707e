package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.upstream.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid laid out for the printable page ({@code templates/disclosure/grid.html}): the header cells placed in their
 * rows with their spans, the body cells with their column's kind and the indent of a first cell by the row's level.
 */
public record GridView(String label, String cssClass, String id, String title, String unitName, String unitLabel,
                       List<List<Grids.HeaderCell>> header, List<RowView> rows, String note) {

    /** A body row: its kind (item, subtotal, total, heading) and cells. */
    public record RowView(String kind, List<CellView> cells) {
    }

    /** A body cell: its column's kind (text, amount, percent), its indent in pixels (null: none), its text. */
    public record CellView(String kind, Integer indent, String text) {
    }

    public boolean hasUnitLabel() {
        return unitLabel != null;
    }

    public boolean hasNote() {
        return note != null;
    }

    static GridView of(Grid grid, String label, String cssClass, String id) {
        int depth = Math.max(1, Grids.depth(grid.columns()));
        List<List<Grids.HeaderCell>> header = new ArrayList<>();
        for (int r = 0; r < depth; r++) {
            header.add(new ArrayList<>());
        }
        for (Grids.HeaderCell c : Grids.header(grid)) {
            header.get(c.row()).add(c);
        }
        List<Grid.Column> leaves = Grids.leafColumns(grid.columns());
        List<RowView> rows = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            int level = row.level() == null ? 0 : row.level();
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String kind = i < leaves.size() ? Grids.kind(leaves.get(i)) : "text";
                Integer indent = i == 0 && "text".equals(kind) && level > 1 ? 4 + (level - 1) * 12 : null;
                cells.add(new CellView(kind, indent, row.cells().get(i)));
            }
            rows.add(new RowView(row.kind() == null ? "item" : row.kind(), cells));
        }
        return new GridView(label, cssClass, id, grid.title(), grid.unitName(), grid.unitLabel(), header, rows, grid.note());
    }
}
