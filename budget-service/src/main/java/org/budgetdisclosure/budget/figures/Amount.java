package org.budgetdisclosure.budget.figures;

import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An exact amount with its display value: yuan as stored, 万元 as printed. */
@Schema(description = "An amount: exact yuan and the 万元 display value")
public record Amount(
        @Schema(example = "4229565.00", maxLength = Limits.DECIMAL_TEXT) BigDecimal yuan,
        @Schema(example = "422.96", maxLength = Limits.DECIMAL_TEXT, pattern = "^-?[0-9]{1,28}\\.[0-9]{2}$") String wan) {

    public static Amount of(BigDecimal yuan) {
        return new Amount(yuan, Money.wanText(yuan));
    }
}
