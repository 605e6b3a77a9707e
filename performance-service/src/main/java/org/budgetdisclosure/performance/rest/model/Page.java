package org.budgetdisclosure.performance.rest.model;

import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.budgetdisclosure.performance.rest.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of a list; {@code next} is the cursor for ?after=, null on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
// items: a page of forms or audit entries holds at most ?limit= (1–200); the goals of a unit-year come in one page,
// at most FieldLimits.PROJECTS_PER_YEAR (forms plus form-less goals, kept on create).
// next: a cursor the service writes (base64 of unit|year|project, ≤ 136; an audit id, ≤ 19), ?after= takes ≤ 400.
public record Page<T>(@Schema(maxItems = Page.MAX_ITEMS) List<T> items,
                      @Schema(nullable = true, description = "Cursor of the next page; null on the last",
                              maxLength = Limits.CURSOR_LENGTH) String next) {

    /** The largest page: the goals of a unit-year (pages by ?limit= hold at most 200). */
    public static final int MAX_ITEMS = FieldLimits.PROJECTS_PER_YEAR;
}
