package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.GlossaryEntry;
import org.budgetdisclosure.gateway.Numerals;
import org.budgetdisclosure.gateway.upstream.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * What the printable page's templates ({@code templates/disclosure/}) are written from: the document, its duties and
 * glossary entries with their numerals, its tables and forms laid out as grids ({@code tables} null when missing).
 */
public record PageView(Disclosure doc, List<Numbered> duties, List<GridView> tables, List<GridView> forms,
                       List<Term> glossary) {

    /** The tables could be fetched (else the page says they are unavailable). */
    public boolean hasTables() {
        return tables != null;
    }

    /** A numbered paragraph: （一）… */
    public record Numbered(String numeral, String text) {
    }

    /** A glossary entry: 一、<b>term</b>：definition */
    public record Term(String numeral, String term, String definition) {
    }

    static PageView of(Printable printable) {
        Disclosure doc = printable.document();
        List<Numbered> duties = new ArrayList<>();
        if (doc.overview() != null) {
            List<String> list = doc.overview().duties();
            for (int i = 0; i < list.size(); i++) {
                duties.add(new Numbered(Numerals.of(i + 1), list.get(i)));
            }
        }
        List<GridView> tables = null;
        if (printable.tables() != null) {
            tables = new ArrayList<>();
            for (Grid grid : printable.tables()) {
                int n = grid.number() == null ? 0 : grid.number();
                tables.add(GridView.of(grid, "预算公开表" + n, "grid", "table-" + n));
            }
        }
        List<GridView> forms = new ArrayList<>();
        int i = 1;
        for (Grid form : printable.forms() == null ? List.<Grid>of() : printable.forms()) {
            forms.add(GridView.of(form, null, "grid form", "form-" + i++));
        }
        List<Term> glossary = new ArrayList<>();
        for (GlossaryEntry e : doc.glossary().entries()) {
            glossary.add(new Term(Numerals.of(e.number()), e.term(), e.definition()));
        }
        return new PageView(doc, duties, tables, forms, glossary);
    }
}
