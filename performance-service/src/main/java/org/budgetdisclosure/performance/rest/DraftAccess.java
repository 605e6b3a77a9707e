package org.budgetdisclosure.performance.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.security.DraftReaders;

/**
 * Who may read a unit's draft: a viewer, editor, publisher or admin whose {@code units} cover the unit.
 * Reads do not authenticate on their own ({@code quarkus.http.auth.proactive=false}); asking here verifies the
 * bearer token, so a bad token on a draft read is 401 while reads of published content ignore tokens.
 */
@ApplicationScoped
public class DraftAccess {

    private final CurrentIdentityAssociation identities;

    public DraftAccess(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The unit scope of the caller's token (verified on asking); empty for an anonymous caller. */
    public java.util.List<String> units() {
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? java.util.List.of() : UnitScopeFilter.units(identity);
    }

    public boolean mayRead(String unitCode) {
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        return DraftReaders.may(identity.getRoles(), UnitScopeFilter.units(identity), unitCode);
    }
}
