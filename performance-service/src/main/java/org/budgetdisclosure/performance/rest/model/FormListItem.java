package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A form in a list: its key, name, category, annual funds and whether it is published. */
@JsonPropertyOrder({"unitCode", "fiscalYear", "projectCode", "projectName", "category", "categoryName",
        "annualTotal", "published", "href"})
public record FormListItem(String unitCode, int fiscalYear, String projectCode, String projectName, String category,
                           String categoryName, String annualTotal, boolean published, String href) {
}
