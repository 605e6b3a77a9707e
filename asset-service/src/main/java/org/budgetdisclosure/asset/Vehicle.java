package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One registered 公务用车. {@code plateNumber} may be null for an unplated vehicle. */
public record Vehicle(String vehicleId, String plateNumber, VehicleCategory category, LocalDate acquisitionDate,
                      BigDecimal originalValue, AssetStatus status, LocalDate disposalDate, String note) {

    /** Held by the unit on the given day: acquired on or before it and not disposed of by then. */
    public boolean heldOn(LocalDate day) {
        return (acquisitionDate == null || !acquisitionDate.isAfter(day))
                && (disposalDate == null || disposalDate.isAfter(day));
    }
}
