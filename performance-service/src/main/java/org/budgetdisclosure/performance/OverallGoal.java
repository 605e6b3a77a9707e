package org.budgetdisclosure.performance;

import java.math.BigDecimal;

/**
 * The unit's 整体绩效目标 for a year and the figures kept beside it. {@code reported=false} with
 * amount 0 is the seed's "未编报整体绩效目标,涉及资金0万元". {@code projectExpenditureTotal} is a stored
 * fallback for the share of project spending when budget-service cannot be asked.
 */
public record OverallGoal(String unitCode, int fiscalYear, String unitName, String regionName, boolean reported,
                          BigDecimal amount, String goalText, String statement, BigDecimal projectExpenditureTotal) {
}
