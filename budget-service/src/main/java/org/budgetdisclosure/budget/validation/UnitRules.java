package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a unit must satisfy to be stored. */
public final class UnitRules {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    private UnitRules() {
    }

    public static List<FieldError> check(Unit unit) {
        List<FieldError> errors = new ArrayList<>();
        if (unit.name() == null || unit.name().isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (unit.name().length() > 200) {
            errors.add(new FieldError("name", "must be at most 200 characters"));
        }
        if (unit.regionCode() == null || !REGION.matcher(unit.regionCode()).matches()) {
            errors.add(new FieldError("regionCode", "must be a 6-digit administrative region code"));
        }
        if (unit.unitType() == null) {
            errors.add(new FieldError("unitType", "is required"));
        }
        if (unit.competentDepartmentCode() != null && unit.competentDepartmentCode().length() > 32) {
            errors.add(new FieldError("competentDepartmentCode", "must be at most 32 characters"));
        }
        if (unit.competentDepartmentName() != null && unit.competentDepartmentName().length() > 200) {
            errors.add(new FieldError("competentDepartmentName", "must be at most 200 characters"));
        }
        if (unit.duties().size() > 100) {
            errors.add(new FieldError("duties", "must have at most 100 entries"));
        }
        for (int i = 0; i < unit.duties().size(); i++) {
            String duty = unit.duties().get(i);
            if (duty == null || duty.isBlank()) {
                errors.add(new FieldError("duties[" + i + "]", "must not be empty"));
            } else if (duty.length() > 5000) {
                errors.add(new FieldError("duties[" + i + "]", "must be at most 5000 characters"));
            }
        }
        if (unit.internalStructure() != null && unit.internalStructure().length() > 20_000) {
            errors.add(new FieldError("internalStructure", "must be at most 20000 characters"));
        }
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < unit.staffing().size(); i++) {
            Unit.Staffing staffing = unit.staffing().get(i);
            String at = "staffing[" + i + "]";
            if (staffing == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (!BudgetDocumentRules.isValidYear(staffing.fiscalYear())) {
                errors.add(new FieldError(at + ".fiscalYear", "must be between " + BudgetDocumentRules.MIN_YEAR + " and "
                        + BudgetDocumentRules.MAX_YEAR));
            } else if (!years.add(staffing.fiscalYear())) {
                errors.add(new FieldError(at + ".fiscalYear", "duplicate year " + staffing.fiscalYear()));
            }
            if (staffing.authorizedPositions() < 0) {
                errors.add(new FieldError(at + ".authorizedPositions", "must not be negative"));
            }
            if (staffing.actualStaff() < 0) {
                errors.add(new FieldError(at + ".actualStaff", "must not be negative"));
            }
        }
        return errors;
    }
}
