package org.budgetdisclosure.performance.security;

/** The platform's roles, carried in the token's {@code groups} claim (docs/identity.md). */
public final class Roles {

    /** Reads drafts of the units in scope. */
    public static final String VIEWER = "viewer";
    /** Writes drafts of the units in scope: forms, goals under management, the unit's year. */
    public static final String EDITOR = "editor";
    /** Publishes and withdraws disclosures of the units in scope. */
    public static final String PUBLISHER = "publisher";
    /** Catalogues, units, region layouts; anything of any unit in scope. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
