package org.budgetdisclosure.budget;

/** 单位性质. 机关运行经费 only applies to 行政单位 and 参公事业单位. */
public enum UnitType {
    ADMINISTRATIVE("行政单位"),
    CIVIL_SERVICE_MANAGED_INSTITUTION("参照公务员法管理事业单位"),
    PUBLIC_INSTITUTION("事业单位"),
    OTHER("其他");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
