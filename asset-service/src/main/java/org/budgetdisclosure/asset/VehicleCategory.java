package org.budgetdisclosure.asset;

/**
 * 公务用车 categories, declared in the order the disclosure lists them (section 十一).
 */
public enum VehicleCategory {
    LEADERSHIP("领导用车"),
    CONFIDENTIAL_COMMUNICATION("机要通信用车"),
    EMERGENCY_SUPPORT("应急保障用车"),
    LAW_ENFORCEMENT("执法执勤用车"),
    SPECIAL_TECHNICAL("特种专业技术用车"),
    INSTITUTION_BUSINESS("事业单位业务用车"),
    OTHER_OFFICIAL("其他公务用车");

    private final String nameZh;

    VehicleCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
