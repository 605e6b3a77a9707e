package org.budgetdisclosure.performance;

import java.math.BigDecimal;

/**
 * A project under performance goal management (纳入绩效目标管理), with or without a printed form.
 * For a project with a form the amount is the form's annual funds total.
 */
public record ManagedGoal(String unitCode, int fiscalYear, String projectCode, String projectName,
                          ProjectCategory category, BigDecimal amount, boolean published, boolean hasForm) {
}
