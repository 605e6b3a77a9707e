package org.budgetdisclosure.budget.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.repository.AuditRepository;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the audit entry of a write in the write's own transaction (so a write that rolls back leaves none), with
 * the token's {@code sub} and roles and the request's method, path and id.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository repository;
    private final SecurityIdentity identity;
    private final WriteContext request;

    AuditLog(AuditRepository repository, SecurityIdentity identity, WriteContext request) {
        this.repository = repository;
        this.identity = identity;
        this.request = request;
    }

    void record(AuditEntry.Action action, String unitCode, Integer year, String resource, String beforeHash, String afterHash) {
        repository.append(new AuditEntry(0, OffsetDateTime.now(ZoneOffset.UTC), actor(), truncate(String.join(",", new TreeSet<>(identity.getRoles())), 255),
                action.name(), request.method(), truncate(request.path(), 512), unitCode, year, resource, beforeHash, afterHash,
                request.requestId()));
    }

    /** The token's {@code sub}: who published or withdrew, as revisions record it. */
    String actor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return truncate(jwt.getSubject(), 255);
        }
        return identity.isAnonymous() ? "anonymous" : truncate(identity.getPrincipal().getName(), 255);
    }

    public List<AuditEntry> page(String unitCode, Long beforeId, int limit) {
        return repository.page(unitCode, beforeId, limit);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
