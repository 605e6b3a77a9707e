package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * budget-service's 13 tables: {@code GET …/tables} answers {@code {…, tables:[…]}}; a revision's content may hold
 * just the array. Both read into this.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tables(List<Grid> tables) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Tables(@JsonProperty("tables") List<Grid> tables) {
        this.tables = Lists.orEmpty(tables);
    }

    /** The bare array of a revision's content. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Tables of(List<Grid> tables) {
        return new Tables(tables);
    }
}
