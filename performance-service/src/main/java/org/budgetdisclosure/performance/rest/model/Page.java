package org.budgetdisclosure.performance.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of a list; {@code next} is the cursor for ?after=, null on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, @Schema(nullable = true, description = "Cursor of the next page; null on the last") String next) {
}
