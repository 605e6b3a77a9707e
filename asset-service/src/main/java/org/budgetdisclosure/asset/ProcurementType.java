package org.budgetdisclosure.asset;

/** 政府采购 item types, in the order the disclosure states them. */
public enum ProcurementType {
    GOODS("货物"),
    WORKS("工程"),
    SERVICES("服务");

    private final String nameZh;

    ProcurementType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
