package org.budgetdisclosure.budget.tables;

import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.budgetdisclosure.budget.support.SeedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first acceptance test, without a database: the sample budget derives tables 1–13 exactly as
 * the seed document prints them — every cell, every blank, every 本表无数据, in the same row order.
 */
public class SeedTablesTest {

    private static List<BudgetTable> tables;
    private static SeedDocument seed;

    @BeforeAll
    static void derive() {
        tables = new BudgetTableDeriver(SampleBudget.budget(), SampleBudget.UNIT_NAME, Catalogues.shipped(2025)).all();
        seed = SeedDocument.load();
    }

    @ParameterizedTest(name = "table {0} prints as the seed prints it")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
    void everyTablePrintsEveryCellAsTheSeed(int number) {
        assertTablePrintsAsSeed(tables, seed, number);
    }

    /** Shared with the HTTP acceptance test: the grid's rows are the seed's printed rows, after the header. */
    public static void assertTablePrintsAsSeed(List<BudgetTable> tables, SeedDocument seed, int number) {
        BudgetTable table = tables.get(number - 1);
        String next = number < 13 ? tables.get(number).title() : null;
        List<String> printed = seed.tableLines(table.title(), next);

        List<String> expectedTail = new ArrayList<>();
        table.rows().forEach(row -> expectedTail.add(SeedDocument.printed(row.cells())));
        if (table.empty()) {
            expectedTail.add(table.note());
        }
        assertThat(table.unitName()).isEqualTo("长治市上党区中小企业服务中心");
        assertThat(table.unitLabel()).isEqualTo("万元");
        assertThat(printed.size()).as("the seed prints a header above the rows of table %d", number)
                .isGreaterThan(expectedTail.size());
        List<String> seedRows = printed.subList(printed.size() - expectedTail.size(), printed.size());
        assertThat(expectedTail).as("rows of table %d, tab-separated", number).containsExactlyElementsOf(seedRows);
        int leaves = BudgetTableDeriver.leafKeys(table.columns()).size();
        table.rows().forEach(row -> assertThat(row.cells()).as("one cell per leaf column").hasSize(leaves));
        assertThat(table.empty()).isEqualTo(printed.contains("注：本表无数据"));
    }
}
