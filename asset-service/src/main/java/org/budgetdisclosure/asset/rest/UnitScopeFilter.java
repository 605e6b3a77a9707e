package org.budgetdisclosure.asset.rest;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.security.UnitScope;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The unit scope of every write, in one place: a PUT, POST, PATCH or DELETE of a resource that names a unit
 * in its path ({unitCode}) goes on only when the token's {@code units} claim covers that unit ({@link UnitScope});
 * otherwise 403, before the body is read or anything is stored. Roles are the resources' {@code @RolesAllowed}.
 * A write without a token is refused here too, so an operation whose {@code @RolesAllowed} was forgotten is
 * still not open to anonymous callers.
 */
public class UnitScopeFilter {

    static final String UNITS_CLAIM = "units";
    private static final Set<String> WRITES = Set.of("PUT", "POST", "PATCH", "DELETE");

    private final CurrentIdentityAssociation identities;

    public UnitScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Authenticates only writes (reads stay anonymous and ignore any token: quarkus.http.auth.proactive=false). */
    @ServerRequestFilter
    public Uni<Void> checkUnitScope(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                throw new UnauthorizedException();
            }
            String unitCode = request.getUriInfo().getPathParameters().getFirst("unitCode");
            if (unitCode != null && !UnitScope.covers(units(token), unitCode)) {
                throw new ApiProblem(403, "forbidden", "Forbidden",
                        "The token's unit scope does not cover unit " + unitCode + "; nothing was changed",
                        List.of(new FieldError("unitCode", "is outside the token's unit scope")));
            }
        }).replaceWithVoid();
    }

    /** The units claim as strings; a single string counts as a list of one, anything else as nothing. */
    static List<String> units(JsonWebToken token) {
        Object claim = token.getClaim(UNITS_CLAIM);
        List<String> units = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    units.add(s.getString());
                }
            }
        } else if (claim instanceof JsonString s) {
            units.add(s.getString());
        } else if (claim instanceof String s) {
            units.add(s);
        } else if (claim instanceof Collection<?> values) {
            values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(units::add);
        }
        return units;
    }
}
