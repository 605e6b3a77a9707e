package org.budgetdisclosure.budget;

import java.util.List;

/** 资金来源: where a budget's money comes from. The first three are 财政拨款 (fiscal appropriations). */
public enum FundingSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算", true),
    GOVERNMENT_FUND("政府性基金预算", true),
    STATE_CAPITAL_OPERATION("国有资本经营预算", true),
    FISCAL_SPECIAL_ACCOUNT("财政专户管理资金", false),
    UNIT_FUNDS("单位资金", false);

    private final String label;
    private final boolean fiscalAppropriation;

    FundingSource(String label, boolean fiscalAppropriation) {
        this.label = label;
        this.fiscalAppropriation = fiscalAppropriation;
    }

    public String label() {
        return label;
    }

    /** 财政拨款: the three sources that table 4 restricts to. */
    public boolean isFiscalAppropriation() {
        return fiscalAppropriation;
    }

    public static List<FundingSource> fiscalAppropriations() {
        return List.of(GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL_OPERATION);
    }
}
