package org.budgetdisclosure.budget.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.HttpHeaders;
import org.budgetdisclosure.budget.security.Roles;
import org.budgetdisclosure.budget.security.UnitScope;

import java.util.List;
import java.util.Set;

/**
 * Who reads (docs/publication.md): reads are anonymous, and a token is verified only where it matters — a draft
 * read, a list, the revisions list — so a bad token there is 401 while it stays ignored on a published read.
 */
final class Readers {

    private static final Set<String> DRAFT_READERS = Set.of(Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN);

    /** A caller and the units whose drafts it may read (empty for an anonymous caller or one without a reader role). */
    record Caller(List<String> draftScope) {
        static final Caller ANONYMOUS = new Caller(List.of());

        boolean mayReadDraft(String unitCode) {
            return !draftScope.isEmpty() && UnitScope.covers(draftScope, unitCode);
        }
    }

    private Readers() {
    }

    /** The caller; the token (if any) is verified now: one that does not verify is answered 401. */
    static Caller caller(CurrentIdentityAssociation identities, HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Caller.ANONYMOUS;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous() || identity.getRoles().stream().noneMatch(DRAFT_READERS::contains)) {
            return Caller.ANONYMOUS;
        }
        return new Caller(UnitScopeFilter.units(identity));
    }
}
