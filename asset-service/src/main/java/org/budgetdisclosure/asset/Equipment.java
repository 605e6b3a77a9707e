package org.budgetdisclosure.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One item (台/套) of general equipment (通用设备) with its original value (原值).
 * {@code classificationCode} follows GB/T 14885 固定资产分类与代码 where known.
 */
public record Equipment(String equipmentId, String name, String classificationCode, LocalDate acquisitionDate,
                        BigDecimal originalValue, AssetStatus status, LocalDate disposalDate, String note) {

    public boolean heldOn(LocalDate day) {
        return (acquisitionDate == null || !acquisitionDate.isAfter(day))
                && (disposalDate == null || disposalDate.isAfter(day));
    }
}
