package org.budgetdisclosure.asset.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.asset.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published contract does not drift: /q/openapi?format=json must equal, byte for byte, the document
 * recorded in src/test/resources/openapi/openapi.json. To re-record it after an intended API change, run
 * the test with the system property or environment variable UPDATE_OPENAPI_SNAPSHOT=true: it then rewrites
 * the file instead of comparing (and the change shows up in review as a diff of that file).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "openapi.json");

    @Test
    void theOpenApiDocumentIsByteForByteTheRecordedSnapshot() throws IOException {
        byte[] served = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        if (updating()) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.write(SNAPSHOT, served);
            return;
        }
        assertThat(Files.exists(SNAPSHOT)).as("recorded snapshot %s (record it with UPDATE_OPENAPI_SNAPSHOT=true)", SNAPSHOT)
                .isTrue();
        byte[] recorded = Files.readAllBytes(SNAPSHOT);
        assertThat(new String(served, StandardCharsets.UTF_8)).isEqualTo(new String(recorded, StandardCharsets.UTF_8));
        assertThat(served).isEqualTo(recorded);
    }

    private static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("UPDATE_OPENAPI_SNAPSHOT", System.getenv("UPDATE_OPENAPI_SNAPSHOT")));
    }
}
