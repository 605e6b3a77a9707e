package org.budgetdisclosure.asset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two revisions' contents: the JSON paths ({@code $.snapshot.procurement.total},
 * {@code $.grids.vehicles.rows[2].cells[1]}) whose values differ, each with its value before and after.
 * Objects are compared key by key (a missing key counts as null), arrays index by index; where one side is a
 * container and the other a scalar or null, the path is reported once with both whole values. At most
 * {@link #MAX_ITEMS} items are kept; {@code count} is the full number and {@code truncated} says when items
 * were left out. Pure.
 */
public final class JsonDiff {

    public static final int MAX_ITEMS = 200;

    private JsonDiff() {
    }

    public record Item(String path, JsonNode before, JsonNode after) {
    }

    public record Result(int count, boolean truncated, List<Item> items) {
    }

    public static Result diff(JsonNode before, JsonNode after) {
        List<Item> items = new ArrayList<>();
        int[] count = {0};
        walk("$", normalise(before), normalise(after), items, count);
        return new Result(count[0], count[0] > items.size(), List.copyOf(items));
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<Item> items, int[] count) {
        if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                walk(path + member(key), normalise(before.get(key)), normalise(after.get(key)), items, count);
            }
        } else if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                walk(path + "[" + i + "]", normalise(before.get(i)), normalise(after.get(i)), items, count);
            }
        } else if (!Objects.equals(before, after)) {
            count[0]++;
            if (items.size() < MAX_ITEMS) {
                items.add(new Item(path, before, after));
            }
        }
    }

    private static JsonNode normalise(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }

    private static String member(String key) {
        if (key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "." + key;
        }
        return "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** For tests and callers that want the paths only. */
    public static List<String> paths(Result result) {
        List<String> paths = new ArrayList<>();
        for (Iterator<Item> it = result.items().iterator(); it.hasNext(); ) {
            paths.add(it.next().path());
        }
        return paths;
    }
}
