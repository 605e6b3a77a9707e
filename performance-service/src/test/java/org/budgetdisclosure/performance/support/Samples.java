package org.budgetdisclosure.performance.support;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/** Loads the very sample files that samples/load-performance.sh PUTs, the same way. */
public final class Samples {

    public static final Path DIR = Path.of("..", "samples", "performance");
    public static final String UNIT = "402001";
    public static final int YEAR = 2025;
    /** An editor of the sample unit, as the loader script's caller would be. */
    private static final String TOKEN = Tokens.editor(UNIT);

    private Samples() {
    }

    public static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUTs unit.json, every form-*.json and goal-*.json (with If-Match when it exists); each must answer 200 or 201. */
    public static void load() {
        put("/api/v1/performance/" + UNIT + "/" + YEAR, read("unit.json"));
        for (String file : files("form-")) {
            String code = file.substring("form-".length(), file.length() - ".json".length());
            put("/api/v1/performance/" + UNIT + "/" + YEAR + "/forms/" + code, read(file));
        }
        for (String file : files("goal-")) {
            String code = file.substring("goal-".length(), file.length() - ".json".length());
            put("/api/v1/performance/" + UNIT + "/" + YEAR + "/goals/" + code, read(file));
        }
    }

    private static java.util.List<String> files(String prefix) {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(String path, String body) {
        int status = Drafts.upsert(TOKEN).contentType(ContentType.JSON).body(body).when().put(path).then().extract().statusCode();
        if (status != 200 && status != 201) {
            throw new AssertionError("PUT " + path + " answered " + status);
        }
    }
}
