package org.budgetdisclosure.performance;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a target value (指标值) such as {@code ≥90%}, {@code 10个}, {@code ≤20万元}, {@code 完善},
 * {@code 提高2户}. Grammar: [comparator] [word] [number [unit]] | [comparator] word.
 * A word is Chinese characters only; a unit is at most six characters without digits or spaces.
 */
public final class TargetParser {

    private static final Pattern COMPARATOR = Pattern.compile("^(>=|<=|≥|≤|=|>|<)");
    private static final Pattern WITH_NUMBER =
            Pattern.compile("^([\\p{IsHan}]*)(\\d+(?:\\.\\d+)?)([^\\d\\s.]{0,6})$");
    private static final Pattern WORD_ONLY = Pattern.compile("^[\\p{IsHan}]{1,20}$");

    private TargetParser() {
    }

    public static Optional<Target> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String rest = text.strip();
        Comparator comparator = null;
        Matcher c = COMPARATOR.matcher(rest);
        if (c.find()) {
            String symbol = switch (c.group(1)) {
                case ">=" -> "≥";
                case "<=" -> "≤";
                default -> c.group(1);
            };
            comparator = Comparator.parse(symbol).orElseThrow();
            rest = rest.substring(c.end()).strip();
        }
        Matcher n = WITH_NUMBER.matcher(rest);
        if (n.matches()) {
            String word = n.group(1).isEmpty() ? null : n.group(1);
            String unit = n.group(3).isEmpty() ? null : n.group(3);
            return Optional.of(new Target(text, comparator, new BigDecimal(n.group(2)), word, unit));
        }
        if (WORD_ONLY.matcher(rest).matches()) {
            return Optional.of(new Target(text, comparator, null, rest, null));
        }
        return Optional.empty();
    }
}
