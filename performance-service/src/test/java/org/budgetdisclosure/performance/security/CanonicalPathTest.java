package org.budgetdisclosure.performance.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPathTest {

    @Test
    void theCanonicalPathsPass() {
        for (String path : new String[] {"/api/v1/performance/402001/2025", "/api/v1/performance/402001/2025/forms/402001250002/grid",
                "/api/v1/performance/forms", "/api/v1/performance/audit", "/api/v1/performance/RACE01/2025/goals/G9",
                "/api/v1/performance/402001/2025/revisions/12/withdrawal", "/q/openapi", "/api/v1/performance/402001/2025/"}) {
            assertThat(CanonicalPath.problem(path)).as(path).isEmpty();
        }
    }

    @Test
    void aliasesOfRealResourcesAreRefused() {
        for (String path : new String[] {"/api/v1/performance/402001;x=1/2025", "/api/v1/performance/402001/2025;v=2/forms",
                "/api/v1/performance/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95", "/api/v1/performance/402001/２０２５",
                "/api/v1/performance/４０２００１/2025", "/api/v1/performance/402001/2025/forms/%2e%2e",
                "/api/v1/performance/402001/2025/../2025", "/api/v1/performance/402001%2F2025", "/api/v1/performance/402001/2025%00",
                "/api/v1/performance/402001/02025", "/api/v1/performance/402001/+2025", "/api/v1/performance/402001//2025",
                "/api/v1/performance/402001/2025/forms/a\tb", "/api/v1/performance/402001/20255",
                "/api/v1/performance/" + "1".repeat(33) + "/2025"}) {
            assertThat(CanonicalPath.problem(path)).as(path).isPresent();
        }
    }
}
