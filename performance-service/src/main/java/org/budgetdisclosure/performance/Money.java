package org.budgetdisclosure.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money formatting: exact yuan strings, 万元 display, and the forms' "1,200,000" yuan display. */
public final class Money {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    private Money() {
    }

    /** Exact yuan with two decimals: "1200000.00"; null stays null. */
    public static String exact(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** 万元 with two decimals, half-up: 2821240.00 → "282.12". */
    public static String wanYuan(BigDecimal amount) {
        return amount == null ? null : amount.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Yuan as printed on performance forms: thousands separators, cents only when there are any. */
    public static String formYuan(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    /** Percentage with two decimals, half-up, from exact amounts; null when the base is zero or unknown. */
    public static String percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
