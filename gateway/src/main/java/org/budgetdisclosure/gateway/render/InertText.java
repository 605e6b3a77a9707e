package org.budgetdisclosure.gateway.render;

import java.util.regex.Pattern;

/**
 * Text as given, made inert where a spreadsheet would read it as a formula (CSV/formula injection):
 * a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula or
 * a DDE call to Excel and LibreOffice. Plain numbers ({@code -3.00}, {@code +5}, {@code 12.5%}) stay as they
 * are: a spreadsheet reads them as numbers, which is what they are.
 */
public final class InertText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

    private InertText() {
    }

    /** Whether a spreadsheet would evaluate this text rather than show it. */
    public static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** For CSV, where a cell has no type: a leading apostrophe, the mark spreadsheets take for "text, not formula". */
    public static String forCsv(String text) {
        return formulaLike(text) ? "'" + text : text;
    }
}
