package org.budgetdisclosure.asset.rest;

/**
 * The bearer scheme of the OpenAPI document (docs/identity.md), declared on {@link AssetYearResource} (the scanner
 * reads it from resource classes only). Every write declares it with {@code @SecurityRequirement(name = BEARER)}
 * and documents its 401 and 403; reads declare nothing.
 */
public final class OpenApiSecurity {

    public static final String BEARER = "bearer";
    static final String SCHEME_DESCRIPTION = "RS256 JWT from the identity provider: groups (roles) and units (unit scope)";
    static final String UNAUTHORIZED = "No bearer token, or one that is not valid (signature, issuer, audience, validity, algorithm); nothing changed";
    static final String FORBIDDEN = "The token's role is not editor or admin, or its unit scope does not cover the unit; nothing changed";

    private OpenApiSecurity() {
    }
}
