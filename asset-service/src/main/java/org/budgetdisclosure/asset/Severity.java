package org.budgetdisclosure.asset;

/** ERROR blocks publication; WARNING and INFO do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
