package org.budgetdisclosure.gateway;

import org.budgetdisclosure.gateway.upstream.Amount;
import org.budgetdisclosure.gateway.upstream.Change;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How figures are worded in the explanations, following the official documents (the seed):
 * amounts in 万元 with two decimals, except that a zero amount is written "0万元" and a zero share
 * "0%" as the seed does; other shares keep two decimals ("100.00%"). Changes against last year read
 * "比上年增加/减少X万元，增长/下降Y%" or "与上年持平".
 */
public final class Wording {

    private Wording() {
    }

    /** An amount as printed in the text, without the unit. */
    public static String wan(Amount amount) {
        return Amount.orNone(amount).text();
    }

    /** A display string in 万元 as printed in the text, "0" for zero. */
    public static String wanText(String wan) {
        return wan == null || isZero(wan) ? "0" : wan;
    }

    public static boolean isZero(String decimal) {
        try {
            return new BigDecimal(decimal).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The change clause: "比上年减少467.16万元，下降52.48%" / "与上年持平"; empty when last year is unknown.
     */
    public static String change(Change change) {
        if (change == null || !change.known()) {
            return "";
        }
        if (change.unchanged()) {
            return "与上年持平";
        }
        boolean up = change.up();
        StringBuilder text = new StringBuilder("比上年").append(up ? "增加" : "减少")
                .append(wan(change.change())).append("万元");
        String pct = change.percentText();
        if (pct != null) {
            text.append("，").append(up ? "增长" : "下降").append(pct).append('%');
        }
        return text.toString();
    }

    /** "，主要原因是…" when the figure changed and a reason is given. */
    public static String reason(Change change, String reason) {
        if (reason == null || reason.isBlank() || change == null || !change.changed()) {
            return "";
        }
        String trimmed = reason.strip();
        while (trimmed.endsWith("。") || trimmed.endsWith(".") || trimmed.endsWith("；")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return "，主要原因是" + trimmed;
    }

    /** 2025-05-14 → 2025年5月14日. */
    public static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        LocalDate d = LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
