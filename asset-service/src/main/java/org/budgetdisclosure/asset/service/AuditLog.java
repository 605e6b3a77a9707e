package org.budgetdisclosure.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.asset.entity.AuditEntity;
import org.budgetdisclosure.asset.repository.AuditRepository;

import java.util.List;

/** Reading the audit log (rows are written by {@link Auditor} inside each write's transaction). */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository repository;

    public AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public List<AuditEntity> page(String unitCode, Long after, int limit) {
        return repository.page(unitCode, after, limit);
    }
}
