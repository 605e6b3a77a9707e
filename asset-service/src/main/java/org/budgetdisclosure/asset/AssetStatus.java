package org.budgetdisclosure.asset;

/** State of a registered vehicle or item of equipment. A disposed asset carries its disposal date. */
public enum AssetStatus {
    IN_USE("在用"),
    IDLE("闲置"),
    PENDING_DISPOSAL("待处置"),
    DISPOSED("已处置");

    private final String nameZh;

    AssetStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
