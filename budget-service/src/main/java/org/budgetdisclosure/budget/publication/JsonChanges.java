package org.budgetdisclosure.budget.publication;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What changed between two JSON documents: every path whose value differs, with the value before and after
 * ({@code null} where the path does not exist on that side). Objects are compared key by key, arrays index by
 * index; a value whose type changed is reported whole at its path. Paths read like the field names of
 * validation problems: {@code budget.income[0].amount}; a key that is not a plain name is quoted:
 * {@code glossary[0]["名词"]}. At most {@link #MAX_ITEMS} items are kept; {@code count} is the full number.
 */
public final class JsonChanges {

    public static final int MAX_ITEMS = 200;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public record Item(String path, JsonNode before, JsonNode after) {
    }

    public record Diff(int count, boolean truncated, List<Item> items) {
    }

    private JsonChanges() {
    }

    public static Diff between(JsonNode before, JsonNode after) {
        List<Item> items = new ArrayList<>();
        int[] count = {0};
        walk("", before, after, items, count);
        return new Diff(count[0], count[0] > items.size(), List.copyOf(items));
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<Item> items, int[] count) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                walk(child(path, key), before.get(key), after.get(key), items, count);
            }
            return;
        }
        if (before != null && after != null && before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                walk(path + "[" + i + "]", before.get(i), after.get(i), items, count);
            }
            return;
        }
        if (before == null ? after == null : before.equals(after)) {
            return;
        }
        count[0]++;
        if (items.size() < MAX_ITEMS) {
            items.add(new Item(path.isEmpty() ? "$" : path, before, after));
        }
    }

    private static String child(String path, String key) {
        if (PLAIN.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** For callers that only need to know whether anything changed. */
    public static boolean same(JsonNode before, JsonNode after) {
        return between(before, after).count() == 0;
    }
}
