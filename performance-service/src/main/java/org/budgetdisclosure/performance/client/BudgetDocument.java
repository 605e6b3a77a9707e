package org.budgetdisclosure.performance.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The few fields of budget-service's budget document this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetDocument(List<Project> projects) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String code, String name, String category, List<Amount> amounts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amount(String fundingSource, Boolean carriedOver, String amount) {
    }
}
