package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;

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

    /** An amount node {yuan, wan} as printed in the text, without the unit. */
    public static String wan(JsonNode amount) {
        if (amount == null || amount.isNull()) {
            return "0";
        }
        if (isZero(amount.path("yuan").asText("0"))) {
            return "0";
        }
        return amount.path("wan").asText();
    }

    /** A display string in 万元 as printed in the text, "0" for zero. */
    public static String wanText(String wan) {
        return wan == null || isZero(wan) ? "0" : wan;
    }

    /** A percent string as printed, "0" for zero, else as given with two decimals. */
    public static String percent(JsonNode percent) {
        if (percent == null || percent.isNull()) {
            return null;
        }
        String p = percent.asText();
        return isZero(p) ? "0" : p;
    }

    public static boolean isZero(String decimal) {
        try {
            return new BigDecimal(decimal).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The change clause of a {@code Change} node: "比上年减少467.16万元，下降52.48%" / "与上年持平";
     * empty when last year is unknown.
     */
    public static String change(JsonNode change) {
        if (change == null || change.isNull() || change.path("direction").isNull() || change.path("direction").isMissingNode()) {
            return "";
        }
        String direction = change.path("direction").asText();
        if ("UNCHANGED".equals(direction)) {
            return "与上年持平";
        }
        boolean up = "INCREASE".equals(direction);
        StringBuilder text = new StringBuilder("比上年").append(up ? "增加" : "减少")
                .append(wan(change.path("change"))).append("万元");
        String pct = percent(change.path("percent"));
        if (pct != null) {
            text.append("，").append(up ? "增长" : "下降").append(pct).append('%');
        }
        return text.toString();
    }

    /** "，主要原因是…" when the figure changed and a reason is given. */
    public static String reason(JsonNode change, String reason) {
        if (reason == null || reason.isBlank() || change == null
                || !change.path("direction").isTextual() || "UNCHANGED".equals(change.path("direction").asText())) {
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

    public static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
