package org.budgetdisclosure.budget.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.budget.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract: it must stay byte for byte what
 * {@code src/test/resources/openapi/openapi.json} recorded. To record a deliberate change, run the
 * tests with the system property or environment variable {@code UPDATE_OPENAPI_SNAPSHOT=true}; the
 * test then rewrites the file instead of comparing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/openapi/openapi.json");

    @Test
    void servesTheOpenApiDocumentExactlyAsRecorded() throws IOException {
        byte[] served = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        if (updating()) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.write(SNAPSHOT, served);
            return;
        }
        assertThat(SNAPSHOT).as("recorded OpenAPI snapshot").exists();
        assertThat(served).as("the served OpenAPI document, compared with " + SNAPSHOT)
                .isEqualTo(Files.readAllBytes(SNAPSHOT));
    }

    private static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("UPDATE_OPENAPI_SNAPSHOT", System.getenv("UPDATE_OPENAPI_SNAPSHOT")));
    }
}
