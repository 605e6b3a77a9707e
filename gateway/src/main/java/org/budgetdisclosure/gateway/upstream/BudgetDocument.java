package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * budget-service's {@code GET /api/v1/budgets/{u}/{y}} as the gateway reads it: year, status, disclosure date, the
 * authored texts and the projects with their amounts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetDocument(String unitName, int fiscalYear, String status, String disclosureDate, Texts texts,
                             List<Project> projects) {

    public BudgetDocument {
        texts = texts == null ? new Texts(null, null, null, null) : texts;
        projects = Lists.orEmpty(projects);
    }

    /** The same document with another status (the validation checks a draft as it will be once published). */
    public BudgetDocument withStatus(String newStatus) {
        return new BudgetDocument(unitName, fiscalYear, newStatus, disclosureDate, texts, projects);
    }

    /** Each project's budget this year (carried-over amounts left out), by project code. */
    public Map<String, BigDecimal> projectAmounts() {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Project project : projects) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ProjectAmount a : project.amounts()) {
                if (!a.carriedOver() && a.amount() != null) {
                    sum = sum.add(a.amount());
                }
            }
            amounts.put(project.code(), sum);
        }
        return amounts;
    }

    /** The texts the unit authored: reasons for changes, other notes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Texts(String changeReason, String threePublicExpensesChangeReason, String operatingExpensesChangeReason,
                        String otherNotes) {

        /** One authored text, by the field it is in. */
        public record Authored(String field, String text) {
        }

        /** Every authored text with its field name, in the order the rules read them ("" for none). */
        public List<Authored> all() {
            List<Authored> all = new ArrayList<>();
            all.add(new Authored("changeReason", changeReason == null ? "" : changeReason));
            all.add(new Authored("threePublicExpensesChangeReason", threePublicExpensesChangeReason == null ? "" : threePublicExpensesChangeReason));
            all.add(new Authored("operatingExpensesChangeReason", operatingExpensesChangeReason == null ? "" : operatingExpensesChangeReason));
            all.add(new Authored("otherNotes", otherNotes == null ? "" : otherNotes));
            return all;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String code, String name, List<ProjectAmount> amounts) {
        public Project {
            amounts = Lists.orEmpty(amounts);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectAmount(boolean carriedOver, BigDecimal amount) {
    }
}
