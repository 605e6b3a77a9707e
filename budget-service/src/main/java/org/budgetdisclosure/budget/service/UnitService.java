package org.budgetdisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.budget.Unit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetdisclosure.budget.publication.AuditEntry;
import org.budgetdisclosure.budget.repository.RevisionRepository;
import org.budgetdisclosure.budget.repository.UnitRepository;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.validation.UnitRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Budget units: create or replace whole (If-Match on updates), read, list, delete while no budget or revision refers to them. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final BudgetService budgets;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    UnitService(UnitRepository units, BudgetService budgets, RevisionRepository revisions, AuditLog audit, ObjectMapper mapper) {
        this.units = units;
        this.budgets = budgets;
        this.revisions = revisions;
        this.audit = audit;
        this.mapper = mapper;
    }

    public record Page(List<Unit> items, String next) {
    }

    public Optional<Unit> find(String code) {
        return units.find(code);
    }

    public Page list(String after, int limit, String regionCode, String name) {
        List<Unit> rows = units.list(after, limit + 1, regionCode, name);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        return new Page(rows.subList(0, limit), rows.get(limit - 1).code());
    }

    /** The unit with its ETag (a hash of the unit as served). */
    public record Tagged(Unit unit, String etag) {
    }

    public Optional<Tagged> findTagged(String code) {
        return units.find(code).map(u -> new Tagged(u, etag(u)));
    }

    /**
     * Stores the unit; returns true when it is new. An update needs If-Match naming the unit's ETag (428 without, 412
     * on a mismatch), a create If-None-Match: * or nothing. The row is read FOR UPDATE before the check, so two
     * writers on one ETag take turns and the second fails its check (412); of two creates the second fails its
     * insert and gets 412 as well.
     */
    public boolean put(String code, Unit input, String ifMatch, String ifNoneMatch) {
        try {
            return write(code, input, ifMatch, ifNoneMatch);
        } catch (RuntimeException e) {
            if (!ConcurrentWrites.lostRace(e)) {
                throw e;
            }
            throw new PreconditionFailedException("Another write of unit " + code + " won; read it again and send If-Match with its ETag");
        }
    }

    /** One attempt of {@link #put}, in its own transaction (intercepted self-invocation). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean write(String code, Unit input, String ifMatch, String ifNoneMatch) {
        List<FieldError> errors = new ArrayList<>();
        if (!UnitRules.CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(new FieldError("code", "does not match the code in the path: " + input.code()));
        }
        errors.addAll(UnitRules.check(input));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The unit is not valid", errors);
        }
        Optional<Unit> existing = units.findForUpdate(code);
        String before = existing.map(this::etag).orElse(null);
        BudgetService.checkPrecondition(ifMatch, ifNoneMatch, before, "unit " + code);
        boolean created = units.save(input.withCode(code), existing.isEmpty());
        String after = units.find(code).map(this::etag).orElseThrow();
        if (!after.equals(before)) {
            audit.record(created ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE, code, null, "unit",
                    unquote(before), unquote(after));
        }
        budgets.forgetUnit(code);
        return created;
    }

    /** Deletes a unit that has no draft budget and no published revision; needs If-Match naming its ETag. */
    @Transactional
    public void delete(String code, String ifMatch) {
        Optional<Unit> existing = units.findForUpdate(code);
        if (existing.isEmpty()) {
            throw new NotFoundException("No unit " + code);
        }
        String etag = etag(existing.get());
        BudgetService.checkPrecondition(ifMatch, null, etag, "unit " + code);
        if (units.hasBudgets(code)) {
            throw new ConflictException("Unit " + code + " still has budgets; delete them first");
        }
        if (revisions.unitHasRevisions(code)) {
            throw new ConflictException("Unit " + code + " has published revisions, which stay served: it cannot be deleted");
        }
        units.delete(code);
        audit.record(AuditEntry.Action.DELETE, code, null, "unit", unquote(etag), null);
    }

    String etag(Unit unit) {
        try {
            return BudgetService.quote(BudgetService.sha256(mapper.writeValueAsString(unit)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a unit", e);
        }
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.substring(1, etag.length() - 1);
    }
}
