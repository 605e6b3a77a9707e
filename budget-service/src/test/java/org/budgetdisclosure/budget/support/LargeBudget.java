package org.budgetdisclosure.budget.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.budgetdisclosure.budget.AuthoredTexts;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.BudgetStatus;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureKind;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.PriorYearFigures;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.ProjectCategory;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A balanced budget of a given number of expenditure lines, deterministic (fixed seed): the generator of
 * {@code bench/budget/LargeBudget.java}, for tests that need a large budget.
 */
public final class LargeBudget {

    private LargeBudget() {
    }

    public static Budget of(int lines, YearCatalogue catalogue) {
        Random random = new Random(20250514L);
        List<String> items = catalogue.functionalClasses().stream().map(Classification::code)
                .flatMap(cls -> java.util.stream.IntStream.range(0, 100).mapToObj(i -> cls))
                .distinct().toList();
        List<String> codes = new ArrayList<>();
        for (Classification c : allItems(catalogue)) {
            codes.add(c.code());
        }
        FundingSource[] sources = FundingSource.values();
        List<ExpenditureLine> expenditure = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Map<FundingSource, BigDecimal> incomeBySource = new EnumMap<>(FundingSource.class);
        BigDecimal basicGpb = BigDecimal.ZERO;
        int n = 0;
        outer:
        for (String code : codes) {
            for (FundingSource source : sources) {
                for (ExpenditureKind kind : ExpenditureKind.values()) {
                    if (n == lines) {
                        break outer;
                    }
                    BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(5_000_000), 2).multiply(BigDecimal.TEN).setScale(2);
                    expenditure.add(new ExpenditureLine(code, source, kind, false, amount));
                    incomeBySource.merge(source, amount, BigDecimal::add);
                    if (kind == ExpenditureKind.BASIC && source == FundingSource.GENERAL_PUBLIC_BUDGET) {
                        basicGpb = basicGpb.add(amount);
                    }
                    if (kind == ExpenditureKind.PROJECT) {
                        projects.add(new Project("P" + n, "项目" + n, code, n % 2 == 0 ? ProjectCategory.SPECIFIC_GOAL : ProjectCategory.OTHER_OPERATION,
                                List.of(new ProjectAmount(source, false, amount))));
                    }
                    n++;
                }
            }
        }
        List<IncomeLine> income = new ArrayList<>();
        incomeBySource.forEach((source, amount) -> income.add(new IncomeLine(source, false, amount)));
        List<String> economicCodes = List.of("30101", "30102", "30103", "30108", "30109", "30110", "30112", "30113",
                "30201", "30211", "30216", "30226", "30228", "30229", "30239", "30299", "30302", "30309");
        List<EconomicLine> economic = new ArrayList<>();
        BigDecimal share = basicGpb.divide(BigDecimal.valueOf(economicCodes.size()), 2, java.math.RoundingMode.DOWN);
        BigDecimal rest = basicGpb;
        for (int i = 0; i < economicCodes.size(); i++) {
            BigDecimal amount = i == economicCodes.size() - 1 ? rest : share;
            rest = rest.subtract(amount);
            economic.add(new EconomicLine(economicCodes.get(i), FundingSource.GENERAL_PUBLIC_BUDGET, false, amount));
        }
        return new Budget("BENCH", catalogue.fiscalYear(), BudgetStatus.DRAFT, 1, LocalDate.of(2025, 5, 14), income, expenditure,
                economic, projects, List.of(), List.of(), new PriorYearFigures(null, null, null, null, null),
                new AuthoredTexts("基准测试", null, null, null));
    }

    private static List<Classification> allItems(YearCatalogue catalogue) {
        List<Classification> items = new ArrayList<>();
        for (Classification cls : catalogue.functionalClasses()) {
            for (int i = 0; i < 100; i++) {
                String section = cls.code() + String.format("%02d", i);
                for (int j = 0; j < 100; j++) {
                    catalogue.functional(section + String.format("%02d", j)).ifPresent(items::add);
                }
            }
        }
        return items;
    }

    public static String json(Budget budget) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return mapper.writeValueAsString(budget);
    }
}
