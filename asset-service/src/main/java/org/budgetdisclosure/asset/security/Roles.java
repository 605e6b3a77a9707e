package org.budgetdisclosure.asset.security;

/** The roles of the {@code groups} claim (docs/identity.md) that this service names. */
public final class Roles {

    /** Reads drafts of the units in scope. */
    public static final String VIEWER = "viewer";
    /** Writes drafts of the units in scope. */
    public static final String EDITOR = "editor";
    /** Publishes and withdraws revisions of the units in scope. */
    public static final String PUBLISHER = "publisher";
    /** Anything of any unit in scope. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
