package org.budgetdisclosure.performance;

/** FAILED: the rule found a problem; NOT_CHECKED: the rule could not run (a dependency is down). */
public enum FindingStatus { FAILED, NOT_CHECKED }
