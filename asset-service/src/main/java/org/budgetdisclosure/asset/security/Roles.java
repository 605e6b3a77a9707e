package org.budgetdisclosure.asset.security;

/** The roles of the {@code groups} claim (docs/identity.md) that this service's writes name. */
public final class Roles {

    /** Writes drafts of the units in scope. */
    public static final String EDITOR = "editor";
    /** Anything of any unit in scope. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
