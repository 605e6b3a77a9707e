package org.budgetdisclosure.performance;

/** A finding's weight: ERROR blocks publication, WARNING and INFO do not. */
public enum Severity { ERROR, WARNING, INFO }
