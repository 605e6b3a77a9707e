package org.budgetdisclosure.budget.security;

/** The platform's roles, carried in the token's {@code groups} claim (docs/identity.md). */
public final class Roles {

    /** Reads drafts of the units in scope. */
    public static final String VIEWER = "viewer";
    /** Writes drafts (budgets not published) of the units in scope. */
    public static final String EDITOR = "editor";
    /** Publishes budgets (status PUBLISHED) of the units in scope, and changes or deletes published ones. */
    public static final String PUBLISHER = "publisher";
    /** Units and catalogues (reference data); anything of any unit in scope. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
