package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * What a performance revision froze: the summary (null: no performance data, as a 404 was) and each form with its
 * grid ({@code GET …/forms/{p}/grid}). {@code unitYear} and {@code goals} are not used.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PerformanceContent(PerformanceSummary summary, List<Form> forms) {

    public PerformanceContent {
        forms = Lists.orEmpty(forms);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Form(String projectCode, Grid grid) {
    }
}
