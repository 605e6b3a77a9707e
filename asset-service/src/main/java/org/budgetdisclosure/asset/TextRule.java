package org.budgetdisclosure.asset;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What characters a string of a request may hold (the platform contract, point 4). Never: NUL and the other C0
 * controls (U+0000–U+001F), DEL (U+007F), the C1 controls (U+0080–U+009F), and a lone surrogate (a UTF-16 half
 * without its pair: no character at all, and PostgreSQL cannot store it, nor NUL). TAB, LF and CR only in free
 * text (notes, descriptions, reasons: {@link #FREE_TEXT_FIELDS}); every other string — codes, ids, names,
 * titles, dates, amounts, query values — is one line. Pure.
 */
public final class TextRule {

    /** The request fields, by JSON name, that hold long free text and so may span lines. */
    public static final Set<String> FREE_TEXT_FIELDS = Set.of("note", "description", "reason");

    private TextRule() {
    }

    /** Why the value is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String value, boolean freeText) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (U+" + hex(c) + ") at position " + i);
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!freeText) {
                    return Optional.of("must be one line: no tab, line feed or carriage return (U+" + hex(c) + ") at position " + i);
                }
                continue;
            }
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of("contains the control character U+" + hex(c) + " at position " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * Every string in a parsed request body: records (by component name, as JSON names them), lists and arrays
     * of them, with the JSON path of each refused string (items[2].description).
     */
    public static List<FieldError> check(Object body) {
        List<FieldError> errors = new ArrayList<>();
        walk(body, "", null, errors);
        return errors;
    }

    private static void walk(Object value, String path, String name, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            problem(s, name != null && FREE_TEXT_FIELDS.contains(name))
                    .ifPresent(reason -> errors.add(new FieldError(path.isEmpty() ? "body" : path, reason)));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", name, errors);
            }
        } else if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                walk(items[i], path + "[" + i + "]", name, errors);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        component.getName(), errors);
            }
        }
        // numbers, booleans, dates: nothing to check
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
