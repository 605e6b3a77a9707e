package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** performance-service's {@code GET …/forms}: which projects have a form (their grids are fetched one by one). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormList(List<Item> items) {

    public FormList {
        items = Lists.orEmpty(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String projectCode) {
    }
}
