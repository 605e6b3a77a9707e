package org.budgetdisclosure.gateway.render;

import org.budgetdisclosure.gateway.Disclosure;
import org.budgetdisclosure.gateway.upstream.Grid;

import java.util.List;

/**
 * What the renderers print: the assembled document, and its grids typed. The document keeps its tables and section
 * 十's forms as the services printed them (that is what its JSON serves); the renderers read the same grids typed,
 * as they were read when they arrived. {@code tables} is null when the tables are missing; {@code forms} are the forms
 * of the section that carries forms (十).
 */
public record Printable(Disclosure document, List<Grid> tables, List<Grid> forms) {

    /** The table numbered n, or null. */
    public Grid table(int n) {
        if (tables == null) {
            return null;
        }
        return tables.stream().filter(t -> t.number() != null && t.number() == n).findFirst().orElse(null);
    }
}
