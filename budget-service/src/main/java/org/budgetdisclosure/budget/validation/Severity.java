package org.budgetdisclosure.budget.validation;

/** An ERROR blocks publication; WARNING and INFO do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
