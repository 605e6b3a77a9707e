package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.PerformanceForm;

import java.util.List;

/** A named check of one form that needs nothing but the form. */
public interface FormRule {

    String id();

    List<Finding> check(PerformanceForm form);
}
