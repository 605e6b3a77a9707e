import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.service.BudgetService;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.LargeBudget;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.budgetdisclosure.budget.tables.BudgetTable;
import org.budgetdisclosure.budget.tables.BudgetTableDeriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * In-process cost of deriving the 13 tables (and, separately, tables + figures + every check) of a
 * 300-line budget and of the sample, measured side by side in one run: warm-up, then timed rounds.
 * Usage: DeriveBenchmark [lines] [--write-json file]
 */
public final class DeriveBenchmark {

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        YearCatalogue catalogue = Catalogues.shipped(2025);
        Budget large = LargeBudget.of(lines, catalogue);
        if (large.expenditureLines().size() != lines) {
            throw new IllegalStateException("generated " + large.expenditureLines().size() + " lines, wanted " + lines);
        }
        if (args.length > 2 && args[1].equals("--write-json")) {
            Files.writeString(Path.of(args[2]), LargeBudget.json(large));
            System.out.println("wrote " + args[2]);
            return;
        }
        Budget sample = SampleBudget.budget();
        System.out.printf("budget sizes: large %d expenditure lines, %d projects; sample %d lines%n",
                large.expenditureLines().size(), large.projects().size(), sample.expenditureLines().size());
        report("13 tables, 300-line budget", () -> new BudgetTableDeriver(large, "基准单位", catalogue).all());
        report("13 tables + figures + checks, 300 lines", () -> BudgetService.derive("x", large, "基准单位", UnitType.ADMINISTRATIVE, catalogue));
        report("13 tables, the sample (9 lines)", () -> new BudgetTableDeriver(sample, "长治市上党区中小企业服务中心", catalogue).all());
        if (Boolean.getBoolean("perTable")) {
            for (int n = 1; n <= 13; n++) {
                int table = n;
                report("  table " + n + ", 300 lines", () -> new BudgetTableDeriver(large, "基准单位", catalogue).table(table));
            }
        }
    }

    private static void report(String name, java.util.function.Supplier<Object> work) {
        Object sink = null;
        for (int i = 0; i < 5_000; i++) {
            sink = work.get();
        }
        int rounds = 20;
        int perRound = 500;
        double[] perCallMicros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink = work.get();
            }
            perCallMicros[r] = (System.nanoTime() - start) / 1000.0 / perRound;
        }
        Arrays.sort(perCallMicros);
        if (sink instanceof List<?> tables && tables.size() != 13) {
            throw new IllegalStateException("expected 13 tables");
        }
        System.out.printf("%-42s median %8.1f µs   best %8.1f µs   worst round %8.1f µs  (%d rounds × %d calls)%n",
                name, perCallMicros[rounds / 2], perCallMicros[0], perCallMicros[rounds - 1], rounds, perRound);
        if (sink instanceof BudgetTable) {
            System.out.println();
        }
    }
}
