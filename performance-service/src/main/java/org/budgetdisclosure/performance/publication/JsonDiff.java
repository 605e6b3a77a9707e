package org.budgetdisclosure.performance.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two JSON documents: every path whose value differs, with its value before and after
 * (a missing member reads as null). Objects are compared member by member, arrays element by element by
 * position; a scalar, or a node whose kind changed, is one change. Paths read like the problem fields of this
 * API: {@code forms[0].document.projectName}, the root is {@code $}. At most {@link #MAX_ITEMS} are listed;
 * {@code count} is the number of all of them and {@code truncated} says when some were left out.
 */
public final class JsonDiff {

    public static final int MAX_ITEMS = 200;

    public record Change(String path, JsonNode before, JsonNode after) {
    }

    public record Result(int count, boolean truncated, List<Change> items) {
    }

    private JsonDiff() {
    }

    public static Result diff(JsonNode before, JsonNode after) {
        return diff(before, after, MAX_ITEMS);
    }

    public static Result diff(JsonNode before, JsonNode after, int max) {
        List<Change> items = new ArrayList<>();
        int[] count = {0};
        walk("$", orNull(before), orNull(after), items, count, max);
        return new Result(count[0], count[0] > items.size(), List.copyOf(items));
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<Change> items, int[] count, int max) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(child(path, name), orNull(before.get(name)), orNull(after.get(name)), items, count, max);
            }
            return;
        }
        if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                walk(path + "[" + i + "]", orNull(before.get(i)), orNull(after.get(i)), items, count, max);
            }
            return;
        }
        count[0]++;
        if (items.size() < max) {
            items.add(new Change(path, before, after));
        }
    }

    private static String child(String path, String name) {
        boolean plain = !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        String step = plain ? "." + name : "['" + name.replace("'", "\\'") + "']";
        return path + step;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }
}
