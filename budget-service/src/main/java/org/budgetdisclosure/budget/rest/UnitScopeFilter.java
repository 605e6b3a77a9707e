package org.budgetdisclosure.budget.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.budget.security.UnitScope;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The one place where a write's unit is checked against the token's {@code units} claim: every PUT, POST,
 * DELETE and PATCH that reached a resource method, before the method runs (so nothing is read or written).
 * The unit is the {@code unitCode} path parameter, or {@code code} on {@link UnitResource} (a unit's own path);
 * a write whose path names no unit (catalogues, mappings) is allowed only to a token scoped to every unit
 * ({@code *}), so a new endpoint without a unit cannot slip past the scope.
 * An anonymous caller passes through untouched: {@code @RolesAllowed} answers it 401; a token that fails
 * verification fails here already and is answered 401 by {@link ProblemMappers}.
 */
public class UnitScopeFilter {

    static final String UNITS_CLAIM = "units";
    private static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");

    private final CurrentIdentityAssociation identities;

    public UnitScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> checkUnitScope(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (!WRITES.contains(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> outOfScope(identity, request, resource));
    }

    private static Response outOfScope(SecurityIdentity identity, ContainerRequestContext request, SimpleResourceInfo resource) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        List<String> scope = units(identity);
        String unitCode = unitCode(request, resource);
        boolean covered = unitCode == null ? scope.contains("*") : UnitScope.covers(scope, unitCode);
        if (covered) {
            return null;
        }
        String detail = unitCode == null
                ? "This write names no unit; only a token scoped to every unit may make it"
                : "The token's unit scope does not cover unit " + unitCode;
        return ProblemMappers.problem(Problem.Kind.FORBIDDEN, null, detail, request, List.of());
    }

    /** The unit a write names in its path, or null. */
    static String unitCode(ContainerRequestContext request, SimpleResourceInfo resource) {
        var parameters = request.getUriInfo().getPathParameters();
        String unitCode = parameters.getFirst("unitCode");
        if (unitCode == null && resource != null && resource.getResourceClass() == UnitResource.class) {
            unitCode = parameters.getFirst("code");
        }
        return unitCode;
    }

    static List<String> units(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return List.of();
        }
        Object claim = jwt.getClaim(UNITS_CLAIM);
        List<String> units = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    units.add(text.getString());
                }
            }
        } else if (claim instanceof JsonString text) {
            units.add(text.getString());
        } else if (claim instanceof Collection<?> values) {
            values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(units::add);
        } else if (claim instanceof String text) {
            units.add(text);
        }
        return units;
    }
}
