package org.budgetdisclosure.budget.catalogue;

/** The three catalogues a budget's codes refer to. */
public enum ClassificationScheme {
    /** 支出功能分类科目: 类 › 款 › 项. */
    FUNCTIONAL("支出功能分类"),
    /** 部门预算支出经济分类: 类 › 款. */
    DEPARTMENT_ECONOMIC("部门预算支出经济分类"),
    /** 政府预算支出经济分类: 类 › 款. */
    GOVERNMENT_ECONOMIC("政府预算支出经济分类");

    private final String label;

    ClassificationScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
