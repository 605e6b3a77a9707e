package org.budgetdisclosure.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's sample disclosure (samples/), loaded through the gateway as an editor loads it. */
final class Sample {

    static final String UNIT = "402001";
    static final int YEAR = 2025;

    private Sample() {
    }

    static Path dir() {
        return Path.of(System.getProperty("platform.root", "../..")).resolve("samples");
    }

    /** The unit, its budget, performance unit-year, forms and goals, and its asset registers and statements. */
    static void load(Http editor) {
        Path samples = dir();
        String u = "/api/v1/units/" + UNIT;
        expectCreated(() -> editor.putFile(u, samples.resolve("budget/unit-402001.json")), u);
        String b = "/api/v1/budgets/" + UNIT + "/" + YEAR;
        expectCreated(() -> editor.putFile(b, samples.resolve("budget/budget-402001-2025.json")), b);
        String p = "/api/v1/performance/" + UNIT + "/" + YEAR;
        expectCreated(() -> editor.putFile(p, samples.resolve("performance/unit.json")), p);
        for (Path form : files(samples.resolve("performance"), "form-*.json")) {
            String code = form.getFileName().toString().replaceAll("\\D", "");
            expectCreated(() -> editor.putFile(p + "/forms/" + code, form), form.toString());
        }
        for (Path goal : files(samples.resolve("performance"), "goal-*.json")) {
            String code = goal.getFileName().toString().replaceAll("\\D", "");
            expectCreated(() -> editor.putFile(p + "/goals/" + code, goal), goal.toString());
        }
        String a = "/api/v1/assets/" + UNIT;
        expectCreated(() -> editor.putFile(a + "/vehicles", samples.resolve("asset/vehicles.json")), "vehicles");
        expectCreated(() -> editor.putFile(a + "/equipment", samples.resolve("asset/equipment.json")), "equipment");
        expectCreated(() -> editor.putFile(a + "/" + YEAR + "/statement", samples.resolve("asset/statement-2025.json")), "statement");
        expectCreated(() -> editor.putFile(a + "/" + YEAR + "/procurement", samples.resolve("asset/procurement-2025.json")), "procurement");
        expectCreated(() -> editor.putFile(a + "/" + YEAR + "/purchased-services", samples.resolve("asset/purchased-services-2025.json")),
                "purchased services");
    }

    /**
     * A write answered 503 (a service just started can miss the gateway's deadline on its first requests) is sent
     * again after a pause, as the problem's Retry-After asks (428 then means the first attempt did land); anything else
     * must be a success.
     */
    private static void expectCreated(java.util.function.Supplier<Http.Answer> write, String what) {
        Http.Answer answer = write.get();
        for (int attempt = 1; answer.status() == 503 && attempt < 4; attempt++) {
            try {
                Thread.sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = write.get();
            if (answer.status() == 428) {
                return; // the database was fresh: the 503'd write did land (the resource exists now, so a replace needs If-Match)
            }
        }
        assertThat(answer.status()).as("loading %s: %s", what, answer.text()).isBetween(200, 299);
    }

    private static List<Path> files(Path dir, String glob) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }
}
