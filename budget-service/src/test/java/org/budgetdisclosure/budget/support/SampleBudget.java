package org.budgetdisclosure.budget.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.mapping.BudgetNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The sample unit's budget (samples/budget), as the domain sees it after a PUT. */
public final class SampleBudget {

    public static final String UNIT_CODE = "402001";
    public static final int YEAR = 2025;
    public static final String UNIT_NAME = "长治市上党区中小企业服务中心";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SampleBudget() {
    }

    public static Budget budget() {
        try {
            Budget raw = JSON.readValue(SeedDocument.sample("budget-402001-2025.json"), Budget.class);
            return BudgetNormalizer.normalize(raw.withIdentity(UNIT_CODE, YEAR, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
