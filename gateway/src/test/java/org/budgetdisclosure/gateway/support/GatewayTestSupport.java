package org.budgetdisclosure.gateway.support;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.service.DisclosureCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Every test starts with all stubs up, breakers closed and no cached document. */
public abstract class GatewayTestSupport {

    @Inject
    protected DisclosureCache cache;

    @Inject
    protected CircuitBreakerMaintenance breakers;

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    @AfterEach
    void reset() {
        StubServices.healAll();
        breakers.resetAll();
        cache.clear();
    }
}
