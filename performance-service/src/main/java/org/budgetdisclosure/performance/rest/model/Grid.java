package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An official table or form for any front end to draw: the same shape in every service. */
@Schema(name = "Grid")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"number", "title", "unitName", "unitLabel", "columns", "rows", "empty", "note"})
public record Grid(Integer number, String title, String unitName, String unitLabel, List<Column> columns,
                   List<Row> rows, boolean empty, @Schema(nullable = true) String note) {

    @JsonPropertyOrder({"key", "label", "kind", "children"})
    public record Column(String key, String label, @Schema(enumeration = {"text", "amount", "percent"}) String kind,
                         List<Column> children) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"kind", "code", "name", "level", "cells"})
    public record Row(@Schema(enumeration = {"item", "subtotal", "total", "heading"}) String kind, String code,
                      String name, Integer level, List<String> cells) {
    }
}
