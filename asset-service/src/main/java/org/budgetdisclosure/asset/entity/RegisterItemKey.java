package org.budgetdisclosure.asset.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a register row (vehicle, equipment): the unit and the item's id within it. */
public class RegisterItemKey implements Serializable {

    public String unitCode;
    public String itemId;

    public RegisterItemKey() {
    }

    public RegisterItemKey(String unitCode, String itemId) {
        this.unitCode = unitCode;
        this.itemId = itemId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterItemKey k && Objects.equals(unitCode, k.unitCode) && Objects.equals(itemId, k.itemId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitCode, itemId);
    }
}
