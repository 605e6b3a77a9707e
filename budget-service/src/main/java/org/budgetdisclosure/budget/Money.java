package org.budgetdisclosure.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one money rule of the platform: amounts are exact yuan ({@link BigDecimal}, scale 2);
 * every total is derived from exact amounts; display is 万元 with two decimals, rounded half-up,
 * and only ever computed from the exact amount. No floating point anywhere.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** NUMERIC(18,2): sixteen digits before the point. */
    public static final int MAX_INTEGER_DIGITS = 16;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** An exact yuan amount at scale 2; refuses a value that would lose cents. */
    public static BigDecimal yuan(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal yuan(String amount) {
        return yuan(new BigDecimal(amount));
    }

    /** 万元 with two decimals, half-up: the display value of an exact yuan amount. */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(SCALE, ROUNDING);
    }

    /** The printed 万元 string, e.g. {@code 4229565.00 → "422.96"}. */
    public static String wanText(BigDecimal yuan) {
        return toWan(yuan).toPlainString();
    }

    /** A share in percent with two decimals, from exact amounts; null when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, SCALE, ROUNDING);
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }

    public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        BigDecimal total = ZERO;
        for (T item : items) {
            total = total.add(amount.apply(item));
        }
        return total;
    }

    /** Number of digits before the decimal point. */
    public static int integerDigits(BigDecimal amount) {
        return Math.max(amount.precision() - amount.scale(), 0);
    }
}
