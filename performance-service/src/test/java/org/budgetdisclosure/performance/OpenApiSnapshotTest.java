package org.budgetdisclosure.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.budgetdisclosure.performance.support.BudgetStubResource;
import org.budgetdisclosure.performance.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is byte for byte the recorded one, so a persistence change cannot move the contract.
 * Run with the system property or environment variable UPDATE_OPENAPI_SNAPSHOT=true to re-record the file
 * instead of comparing (only when the contract is meant to change).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BudgetStubResource.class)
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "openapi.json");

    @Test
    void theOpenApiDocumentIsByteForByteTheRecordedOne() throws Exception {
        byte[] served = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        if (updating()) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.write(SNAPSHOT, served);
            return;
        }
        assertThat(SNAPSHOT).as("recorded OpenAPI snapshot (record it with UPDATE_OPENAPI_SNAPSHOT=true)").exists();
        assertThat(new String(served, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(SNAPSHOT));
        assertThat(served).isEqualTo(Files.readAllBytes(SNAPSHOT));
    }

    private static boolean updating() {
        return "true".equalsIgnoreCase(System.getProperty("UPDATE_OPENAPI_SNAPSHOT"))
                || "true".equalsIgnoreCase(System.getenv("UPDATE_OPENAPI_SNAPSHOT"));
    }
}
