package org.budgetdisclosure.budget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed disclosure as printed (samples/seed, a copy of the real document): the printed lines
 * of each of the 13 tables, cells split on tabs, so a test can compare every cell.
 */
public final class SeedDocument {

    public static final Path SAMPLES = Path.of("..", "samples");
    private static final Path SEED = SAMPLES.resolve("seed").resolve("shangdang-sme-center-2025-budget.txt");

    private final List<String> lines;

    private SeedDocument(List<String> lines) {
        this.lines = lines;
    }

    public static SeedDocument load() {
        try {
            return new SeedDocument(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sample(String name) {
        try {
            return Files.readString(SAMPLES.resolve("budget").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The non-blank printed lines of the table titled {@code title}, from below its title to the
     * next table's title (or the explanations), without the 单位名称/单位 lines above the header.
     */
    public List<String> tableLines(String title, String nextTitle) {
        int start = indexOfLine(title, 0);
        int end = nextTitle == null ? indexOfLine("第三部分 2025年度单位预算情况说明", start) : indexOfLine(nextTitle, start);
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(start + 1, end)) {
            if (line.isBlank() || line.startsWith("单位名称：") || line.startsWith("单位：")
                    || line.startsWith("预算公开表") || line.startsWith("部门公开表")) {
                continue;
            }
            section.add(line);
        }
        return section;
    }

    private int indexOfLine(String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the seed has no line " + text);
    }

    /** A printed row as its cells: tab-separated, an empty cell is blank. */
    public static List<String> cells(String line) {
        return List.of(line.split("\t", -1));
    }

    /** The printed form of a grid row: cells joined by tabs, a null (blank) cell as nothing. */
    public static String printed(List<String> cells) {
        return String.join("\t", cells.stream().map(c -> c == null ? "" : c).toList());
    }
}
