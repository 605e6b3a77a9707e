package org.budgetdisclosure.budget;

/** The items of “三公”经费 (table 10). Vehicle purchase and operation make up 公务用车购置及运行费. */
public enum ThreePublicExpenseItem {
    OUTBOUND_TRAVEL("因公出国（境）费"),
    OFFICIAL_RECEPTION("公务接待费"),
    VEHICLE_PURCHASE("公务用车购置费"),
    VEHICLE_OPERATION("公务用车运行维护费");

    private final String label;

    ThreePublicExpenseItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
