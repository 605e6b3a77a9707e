package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.upstream.Grid;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One grid as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the Chinese): header rows, then rows as
 * printed; a text cell a spreadsheet would take for a formula is made inert ({@link InertText}).
 */
public final class CsvRenderer {

    private CsvRenderer() {
    }

    public static byte[] render(Grid grid) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> header : Grids.headerLines(grid)) {
            line(out, header);
        }
        for (Grid.Row row : grid.rows()) {
            List<String> cells = new java.util.ArrayList<>();
            row.cells().forEach(c -> cells.add(c == null ? "" : c));
            line(out, cells);
        }
        if (grid.note() != null) {
            line(out, List.of(grid.note()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String c = cells.get(i) == null ? "" : InertText.forCsv(cells.get(i));
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
