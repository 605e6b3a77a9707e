package org.budgetdisclosure.asset;

/** One result of a consistency rule (勾稽关系): which rule, how bad, where, in both languages. */
public record Finding(String ruleId, Severity severity, String messageZh, String messageEn, String location) {
}
