package org.budgetdisclosure.gateway.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading a grid's nested column header: depth, leaves, spans. */
public final class Grids {

    /** A header cell placed on the header grid. */
    public record HeaderCell(String label, int row, int column, int rowSpan, int colSpan) {
    }

    private Grids() {
    }

    public static int depth(JsonNode columns) {
        int depth = 0;
        for (JsonNode c : columns) {
            depth = Math.max(depth, 1 + depth(c.path("children")));
        }
        return depth;
    }

    public static int leaves(JsonNode column) {
        if (column.path("children").isEmpty()) {
            return 1;
        }
        int n = 0;
        for (JsonNode c : column.path("children")) {
            n += leaves(c);
        }
        return n;
    }

    public static List<JsonNode> leafColumns(JsonNode columns) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : columns) {
            if (c.path("children").isEmpty()) out.add(c);
            else out.addAll(leafColumns(c.path("children")));
        }
        return out;
    }

    public static List<HeaderCell> header(JsonNode grid) {
        JsonNode columns = grid.path("columns");
        int depth = Math.max(1, depth(columns));
        List<HeaderCell> cells = new ArrayList<>();
        place(columns, 0, 0, depth, cells);
        return cells;
    }

    private static void place(JsonNode columns, int row, int col, int depth, List<HeaderCell> cells) {
        int c = col;
        for (JsonNode column : columns) {
            int span = leaves(column);
            boolean leaf = column.path("children").isEmpty();
            cells.add(new HeaderCell(column.path("label").asText(""), row, c, leaf ? depth - row : 1, span));
            if (!leaf) {
                place(column.path("children"), row + 1, c, depth, cells);
            }
            c += span;
        }
    }

    /** The header as plain lines (for CSV): a label in the first cell of its span, blanks elsewhere. */
    public static List<List<String>> headerLines(JsonNode grid) {
        int depth = Math.max(1, depth(grid.path("columns")));
        int width = leafColumns(grid.path("columns")).size();
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
