package org.budgetdisclosure.asset.support;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Loads the samples exactly as samples/load-asset.sh does: it reads the script's put lines (path and
 * file; a third argument, the path the script reads the ETag from, is not needed here) and PUTs the very same
 * files from samples/asset/, so the test and the script cannot drift.
 */
public final class SampleLoader {

    public static final Path SAMPLES = Path.of("..", "samples");
    private static final Pattern PUT = Pattern.compile("^put \"([^\"]+)\" (\\S+)(?:\\s+\"[^\"]+\")?\\s*$");

    private SampleLoader() {
    }

    public record Put(String path, Path file) {
    }

    public static List<Put> puts() {
        try {
            List<String> script = Files.readAllLines(SAMPLES.resolve("load-asset.sh"));
            String unit = variable(script, "UNIT");
            String year = variable(script, "YEAR");
            List<Put> puts = new ArrayList<>();
            for (String line : script) {
                Matcher m = PUT.matcher(line.trim());
                if (m.matches()) {
                    puts.add(new Put(m.group(1).replace("$UNIT", unit).replace("$YEAR", year),
                            SAMPLES.resolve("asset").resolve(m.group(2))));
                }
            }
            if (puts.isEmpty()) {
                throw new IllegalStateException("no put lines found in load-asset.sh");
            }
            return puts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void loadAll() {
        for (Put put : puts()) {
            given().header(Tokens.asEditorOf("402001")).contentType(ContentType.JSON).body(read(put.file()))
                    .when().put(put.path())
                    .then().statusCode(org.hamcrest.Matchers.anyOf(
                            org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(204)));
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String variable(List<String> script, String name) {
        return script.stream().filter(l -> l.startsWith(name + "=")).findFirst()
                .map(l -> l.substring(name.length() + 1).trim())
                .orElseThrow(() -> new IllegalStateException(name + " not set in load-asset.sh"));
    }
}
