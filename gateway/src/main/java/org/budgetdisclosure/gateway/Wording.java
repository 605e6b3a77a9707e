package org.budgetdisclosure.gateway;

import java.time.LocalDate;

/**
 * How dates are printed in the explanations (2025年5月14日). The sentences themselves, and how amounts, shares and
 * changes are worded in them, are in the explanation templates ({@code templates/explanations/}); the printed forms
 * of amounts ("0" for zero, else the 万元 as printed) are on the records ({@code upstream.Amount#text} …).
 */
public final class Wording {

    private Wording() {
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
