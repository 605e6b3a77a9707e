package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of a list; {@code next} is the cursor for ?after=, null on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String next) {
}
