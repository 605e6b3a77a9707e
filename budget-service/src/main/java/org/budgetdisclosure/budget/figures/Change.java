package org.budgetdisclosure.budget.figures;

import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A figure against last year: 增加/减少/持平 by so much, 上升/下降 by so many percent. */
@Schema(description = "Change of a figure against last year")
public record Change(
        Amount current,
        @Schema(nullable = true) Amount prior,
        @Schema(description = "Absolute change", nullable = true) Amount change,
        @Schema(description = "INCREASE, DECREASE or UNCHANGED; null when last year is unknown", example = "DECREASE", nullable = true, enumeration = {"INCREASE", "DECREASE", "UNCHANGED"}) String direction,
        @Schema(description = "增加, 减少 or 持平", example = "减少", nullable = true, enumeration = {"增加", "减少", "持平"}) String directionZh,
        @Schema(description = "Absolute change in percent of last year", example = "52.48", nullable = true, maxLength = Limits.DECIMAL_TEXT) BigDecimal percent) {

    public static Change of(BigDecimal current, BigDecimal prior) {
        if (prior == null) {
            return new Change(Amount.of(current), null, null, null, null, null);
        }
        BigDecimal difference = current.subtract(prior);
        String direction = switch (difference.signum()) {
            case 1 -> "INCREASE";
            case -1 -> "DECREASE";
            default -> "UNCHANGED";
        };
        String zh = switch (difference.signum()) {
            case 1 -> "增加";
            case -1 -> "减少";
            default -> "持平";
        };
        return new Change(Amount.of(current), Amount.of(prior), Amount.of(difference.abs()), direction, zh,
                Money.percent(difference.abs(), prior));
    }
}
