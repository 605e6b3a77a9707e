package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.Limits;
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
        } else if (unit.name().length() > Limits.NAME) {
            errors.add(new FieldError("name", "must be at most " + Limits.NAME + " characters"));
        }
        if (unit.regionCode() == null || !REGION.matcher(unit.regionCode()).matches()) {
            errors.add(new FieldError("regionCode", "must be a 6-digit administrative region code"));
        }
        if (unit.unitType() == null) {
            errors.add(new FieldError("unitType", "is required"));
        }
        if (unit.competentDepartmentCode() != null && unit.competentDepartmentCode().length() > Limits.CODE) {
            errors.add(new FieldError("competentDepartmentCode", "must be at most " + Limits.CODE + " characters"));
        }
        if (unit.competentDepartmentName() != null && unit.competentDepartmentName().length() > Limits.NAME) {
            errors.add(new FieldError("competentDepartmentName", "must be at most " + Limits.NAME + " characters"));
        }
        if (unit.duties().size() > Limits.DUTIES) {
            errors.add(new FieldError("duties", "must have at most " + Limits.DUTIES + " entries"));
            return errors;
        }
        for (int i = 0; i < unit.duties().size(); i++) {
            String duty = unit.duties().get(i);
            if (duty == null || duty.isBlank()) {
                errors.add(new FieldError("duties[" + i + "]", "must not be empty"));
            } else if (duty.length() > Limits.DUTY) {
                errors.add(new FieldError("duties[" + i + "]", "must be at most " + Limits.DUTY + " characters"));
            }
        }
        if (unit.internalStructure() != null && unit.internalStructure().length() > Limits.TEXT) {
            errors.add(new FieldError("internalStructure", "must be at most " + Limits.TEXT + " characters"));
        }
        if (unit.staffing().size() > Limits.STAFFING) {
            errors.add(new FieldError("staffing", "must have at most " + Limits.STAFFING + " entries (one per fiscal year "
                    + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR + ")"));
            return errors;
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
            if (staffing.authorizedPositions() < 0 || staffing.authorizedPositions() > Limits.MAX_STAFF) {
                errors.add(new FieldError(at + ".authorizedPositions", "must be between 0 and " + Limits.MAX_STAFF));
            }
            if (staffing.actualStaff() < 0 || staffing.actualStaff() > Limits.MAX_STAFF) {
                errors.add(new FieldError(at + ".actualStaff", "must be between 0 and " + Limits.MAX_STAFF));
            }
        }
        return errors;
    }
}
