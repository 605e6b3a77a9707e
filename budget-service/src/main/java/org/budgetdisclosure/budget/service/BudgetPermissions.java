package org.budgetdisclosure.budget.service;

/**
 * What the caller's roles allow on a budget (docs/identity.md): a draft (any status but PUBLISHED) is written by
 * an editor or admin; a budget is published (stored with status PUBLISHED), and a published one changed or
 * deleted, by a publisher or admin. The resource derives it from the token; the service applies it where it
 * knows the stored status, before anything is written.
 */
public record BudgetPermissions(boolean writeDrafts, boolean publish) {

    /** The roles that may write drafts, and those that may publish, for the problem's detail. */
    static final String DRAFT_ROLES = "editor or admin";
    static final String PUBLISH_ROLES = "publisher or admin";
}
