package org.budgetdisclosure.budget.rest;

/**
 * The bearer scheme of the OpenAPI document (docs/identity.md; the scheme itself is declared in
 * application.properties). Every write declares it with {@code @SecurityRequirement(name = BEARER)} and
 * documents its 401 and 403; reads declare nothing.
 */
final class OpenApiSecurity {

    static final String BEARER = "bearer";
    static final String UNAUTHORIZED = "No bearer token, or one that is not accepted (signature, issuer, audience, validity, algorithm); nothing changed";
    static final String FORBIDDEN_BUDGET = "The token's unit scope does not cover the unit, or its role does not allow the write: "
            + "a draft needs editor, publisher or admin; freezing or withdrawing a revision needs publisher or admin; nothing changed";
    static final String FORBIDDEN_REVISION = "Freezing or withdrawing a revision needs publisher or admin whose unit scope covers the unit; nothing changed";
    static final String FORBIDDEN_UNIT = "Units are reference data: the token's role is not admin, or its unit scope does not cover the unit; nothing changed";
    static final String FORBIDDEN_CATALOGUE = "Catalogues are reference data: the token's role is not admin, or it is not scoped to every unit (*); nothing changed";

    private OpenApiSecurity() {
    }
}
