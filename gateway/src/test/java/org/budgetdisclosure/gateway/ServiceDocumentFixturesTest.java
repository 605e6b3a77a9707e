package org.budgetdisclosure.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in services answer /q/openapi with fixtures; the merged document and its lint are only as true as those
 * fixtures. Each must be the document its service records in its own OpenApiSnapshotTest (which proves it equals
 * the running service's /q/openapi). When a service's API changes, copy its snapshot here.
 */
class ServiceDocumentFixturesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"budget", "performance", "asset"})
    void theStubsServeTheDocumentEachServiceRecorded(String service) throws IOException {
        Path recorded = Path.of("..", service + "-service", "src", "test", "resources", "openapi", "openapi.json");
        Path fixture = Path.of("src", "test", "resources", "fixtures", service, "openapi.json");
        assertThat(Files.readString(fixture))
                .as("%s is a copy of %s: cp %s %s", fixture, recorded, recorded, fixture)
                .isEqualTo(Files.readString(recorded));
    }
}
