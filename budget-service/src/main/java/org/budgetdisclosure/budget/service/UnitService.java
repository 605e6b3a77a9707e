package org.budgetdisclosure.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.repository.UnitRepository;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.validation.UnitRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Budget units: create or replace whole, read, list, delete while no budget refers to them. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final BudgetService budgets;

    UnitService(UnitRepository units, BudgetService budgets) {
        this.units = units;
        this.budgets = budgets;
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

    /**
     * Stores the unit; returns true when it is new. Two first writes of one unit both try to insert it;
     * the one that loses is re-run and replaces what the other stored.
     */
    public boolean put(String code, Unit input) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write(code, input);
            } catch (RuntimeException e) {
                if (!ConcurrentWrites.lostRace(e)) {
                    throw e;
                }
                if (attempt == ConcurrentWrites.ATTEMPTS) {
                    throw new ConflictException("Unit " + code + " kept changing while it was being written; send it again");
                }
            }
        }
    }

    /** One attempt of {@link #put}, in its own transaction (intercepted self-invocation). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean write(String code, Unit input) {
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
        boolean created = units.save(input.withCode(code));
        budgets.forgetUnit(code);
        return created;
    }

    @Transactional
    public void delete(String code) {
        if (units.find(code).isEmpty()) {
            throw new NotFoundException("No unit " + code);
        }
        if (units.hasBudgets(code)) {
            throw new ConflictException("Unit " + code + " still has budgets; delete them first");
        }
        units.delete(code);
    }
}
