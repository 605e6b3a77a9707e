package org.budgetdisclosure.gateway.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPathTest {

    @Test
    void theDocumentedPathsAreCanonical() {
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/2025")).isEmpty();
        assertThat(CanonicalPath.problem("/api/v1/disclosures/402001/2025/tables/3")).isEmpty();
        assertThat(CanonicalPath.problem("/api/v1/performance/402001/2025/forms/402001250001/grid")).isEmpty();
        assertThat(CanonicalPath.problem("/q/openapi")).isEmpty();
    }

    @Test
    void matrixParametersAreRefused() {
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001;x=1/2025")).get().asString().contains("matrix");
    }

    @Test
    void fullWidthAndOtherScriptDigitsAreRefusedEncodedOrNot() {
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/２０２５")).get().asString().contains("ASCII");
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95")).get().asString().contains("２");
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/%D9%A2%D9%A0%D9%A2%D9%A5")).isPresent(); // Arabic-Indic digits
    }

    @Test
    void controlCharactersBadEscapesAndDotSegmentsAreRefused() {
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/2025%00")).get().asString().contains("control");
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/2025%0A")).get().asString().contains("control");
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/20%2")).get().asString().contains("percent-escape");
        assertThat(CanonicalPath.problem("/api/v1/budgets/402001/%C3%28")).get().asString().contains("UTF-8");
        assertThat(CanonicalPath.problem("/api/v1/units/../budgets/402001/2025")).get().asString().contains("dot segments");
        assertThat(CanonicalPath.problem("/api/v1/units/%2E%2E/x")).get().asString().contains("dot segments");
    }
}
