package org.budgetdisclosure.budget.catalogue;

/** The three catalogues a budget's codes refer to. */
public enum ClassificationScheme {
    /** 支出功能分类科目: 类 › 款 › 项. */
    FUNCTIONAL("functional", "支出功能分类"),
    /** 部门预算支出经济分类: 类 › 款. */
    DEPARTMENT_ECONOMIC("department-economic", "部门预算支出经济分类"),
    /** 政府预算支出经济分类: 类 › 款. */
    GOVERNMENT_ECONOMIC("government-economic", "政府预算支出经济分类");

    private final String slug;
    private final String label;

    ClassificationScheme(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The scheme's name in URLs and in catalogue file names, e.g. {@code department-economic}. */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<ClassificationScheme> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public String label() {
        return label;
    }
}
