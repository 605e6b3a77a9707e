package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** performance-service's {@code GET …/goals}: each project's goal, its annual funds and whether it has a printed form. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PerformanceGoals(List<Goal> items) {

    public PerformanceGoals {
        items = Lists.orEmpty(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goal(String projectCode, BigDecimal amount, Boolean hasForm) {

        /** A goal has a form unless the service says it has none. */
        public boolean withForm() {
            return hasForm == null || hasForm;
        }
    }
}
