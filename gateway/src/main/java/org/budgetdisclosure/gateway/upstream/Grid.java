package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.List;

/**
 * A table or a performance form as the services print it (docs/api-decisions.md "grids"): title, unit, the nested
 * column header, the rows as printed (cells are text or null), the note. Read both ways from the one parse: typed,
 * for the rules and the renderers, and {@link #printed()} exactly as the service gave it, because the document serves
 * tables and forms as printed (a field the gateway does not know is passed on, not dropped).
 */
public record Grid(Integer number, String title, String unitName, String unitLabel, List<Column> columns,
                   List<Row> rows, String note, JsonNode printed) {

    private static final ObjectMapper TYPED = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Grid {
        columns = Lists.orEmpty(columns);
        rows = Lists.orEmpty(rows);
    }

    /** The grid as it arrives (already parsed into a tree by the enclosing read): typed once, printed kept. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Grid of(JsonNode printed) {
        try {
            Layout l = TYPED.treeToValue(printed, Layout.class);
            return new Grid(l.number(), l.title(), l.unitName(), l.unitLabel(), l.columns(), l.rows(), l.note(), printed);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a grid: " + e.getOriginalMessage(), e);
        }
    }

    /** The typed fields of a grid. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Layout(Integer number, String title, String unitName, String unitLabel, List<Column> columns, List<Row> rows,
                  String note) {
    }

    /** A column of the header; a group has children, a leaf has a kind (text, amount, percent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String label, String kind, List<Column> children) {
        public Column {
            children = Lists.orEmpty(children);
        }

        public boolean leaf() {
            return children.isEmpty();
        }
    }

    /** A row as printed: kind (item, subtotal, total, heading), code, level, one cell per leaf column (null is blank). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String kind, String code, Integer level, List<String> cells) {
        public Row {
            cells = Lists.orEmpty(cells);
        }
    }
}
