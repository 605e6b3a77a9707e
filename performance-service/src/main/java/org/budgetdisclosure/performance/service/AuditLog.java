package org.budgetdisclosure.performance.service;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.performance.repository.AuditRepository;
import org.budgetdisclosure.performance.repository.entity.AuditEntryEntity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;

/**
 * Appends one row per successful write to audit_log, inside the write's own transaction (MANDATORY: a write
 * that rolls back leaves no row, and no row is written outside a write).
 */
@ApplicationScoped
public class AuditLog {

    public enum Action { CREATE, UPDATE, DELETE, PUBLISH, WITHDRAW }

    private final AuditRepository entries;
    private final CurrentIdentityAssociation identities;
    private final RequestInfo request;

    public AuditLog(AuditRepository entries, CurrentIdentityAssociation identities, RequestInfo request) {
        this.entries = entries;
        this.identities = identities;
        this.request = request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String unitCode, Integer year, String resource, String beforeHash, String afterHash) {
        SecurityIdentity identity = identities.getIdentity();
        String actor = actor(identity);
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        String path = request.path() == null ? resource : request.path();
        entries.persist(new AuditEntryEntity(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor,
                truncate(roles, 200), action.name(), request.method() == null ? "?" : request.method(),
                truncate(path, 2000), unitCode, year, truncate(resource, 300), beforeHash, afterHash,
                request.requestId()));
    }

    /** The token's {@code sub} (docs/publication.md: publishedBy and actor are the token's sub). */
    public String actor() {
        return actor(identities.getIdentity());
    }

    private static String actor(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        String sub = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
        return truncate(sub != null ? sub : identity.getPrincipal().getName(), 200);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
