package org.budgetdisclosure.asset.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.asset.entity.AuditEntity;
import org.budgetdisclosure.asset.repository.AuditRepository;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;

/**
 * Writes one audit_log row for a successful write, inside the write's own transaction (a write that rolls back
 * leaves no row). Who (the token's sub and roles), which request (method, path, X-Request-Id) and what
 * (action, unit, year, resource, content hashes before and after).
 */
@ApplicationScoped
public class Auditor {

    /** The request property the request-id filter sets (rest.RequestIdFilter). */
    public static final String REQUEST_ID_PROPERTY = "asset.requestId";

    public enum Action { CREATE, UPDATE, DELETE, PUBLISH, WITHDRAW }

    private final AuditRepository repository;
    private final SecurityIdentity identity;
    private final Clock clock;

    public Auditor(AuditRepository repository, SecurityIdentity identity, Clock clock) {
        this.repository = repository;
        this.identity = identity;
        this.clock = clock;
    }

    public void record(Action action, String unitCode, Integer fiscalYear, String resource, String beforeHash,
                       String afterHash) {
        AuditEntity row = new AuditEntity();
        row.at = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        row.actor = actor();
        row.roles = truncate(String.join(",", new TreeSet<>(identity.getRoles())), 255); // roles VARCHAR(255)
        row.action = action.name();
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        row.method = request == null ? "-" : request.getMethod();
        row.path = request == null ? "-" : truncate(request.getPath(), 2048);
        Object requestId = request == null ? null : request.getContainerRequestContext().getProperty(REQUEST_ID_PROPERTY);
        row.requestId = requestId == null ? null : truncate(requestId.toString(), 128);
        row.unitCode = unitCode;
        row.fiscalYear = fiscalYear;
        row.resource = truncate(resource, 255);
        row.beforeHash = beforeHash;
        row.afterHash = afterHash;
        repository.persist(row);
    }

    /** The token's sub (docs/identity.md: the calling system or person). */
    public String actor() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return truncate(token.getSubject(), 255);
        }
        return identity.isAnonymous() ? "anonymous" : truncate(identity.getPrincipal().getName(), 255);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
