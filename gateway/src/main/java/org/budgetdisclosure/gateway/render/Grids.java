package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.upstream.Grid;

import java.util.ArrayList;
import java.util.List;

/** Reading a grid's nested column header: depth, leaves, spans. */
public final class Grids {

    /** A header cell placed on the header grid. */
    public record HeaderCell(String label, int row, int column, int rowSpan, int colSpan) {
    }

    private Grids() {
    }

    public static int depth(List<Grid.Column> columns) {
        int depth = 0;
        for (Grid.Column c : columns) {
            depth = Math.max(depth, 1 + depth(c.children()));
        }
        return depth;
    }

    public static int leaves(Grid.Column column) {
        if (column.leaf()) {
            return 1;
        }
        int n = 0;
        for (Grid.Column c : column.children()) {
            n += leaves(c);
        }
        return n;
    }

    public static List<Grid.Column> leafColumns(List<Grid.Column> columns) {
        List<Grid.Column> out = new ArrayList<>();
        for (Grid.Column c : columns) {
            if (c.leaf()) out.add(c);
            else out.addAll(leafColumns(c.children()));
        }
        return out;
    }

    /** The kind of a leaf column (text, amount, percent; text when not said). */
    public static String kind(Grid.Column leaf) {
        return leaf.kind() == null ? "text" : leaf.kind();
    }

    public static List<HeaderCell> header(Grid grid) {
        int depth = Math.max(1, depth(grid.columns()));
        List<HeaderCell> cells = new ArrayList<>();
        place(grid.columns(), 0, 0, depth, cells);
        return cells;
    }

    private static void place(List<Grid.Column> columns, int row, int col, int depth, List<HeaderCell> cells) {
        int c = col;
        for (Grid.Column column : columns) {
            int span = leaves(column);
            boolean leaf = column.leaf();
            cells.add(new HeaderCell(column.label() == null ? "" : column.label(), row, c, leaf ? depth - row : 1, span));
            if (!leaf) {
                place(column.children(), row + 1, c, depth, cells);
            }
            c += span;
        }
    }

    /** The header as plain lines (for CSV): a label in the first cell of its span, blanks elsewhere. */
    public static List<List<String>> headerLines(Grid grid) {
        int depth = Math.max(1, depth(grid.columns()));
        int width = leafColumns(grid.columns()).size();
        List<List<String>> lines = new ArrayList<>();
        for (int r = 0; r < depth; r++) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < width; i++) line.add("");
            lines.add(line);
        }
        for (HeaderCell cell : header(grid)) {
            lines.get(cell.row()).set(cell.column(), cell.label());
        }
        return lines;
    }
}
