package org.budgetdisclosure.budget.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.budget.FieldError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The glossary the publisher passes when freezing a revision: an array of at most {@link #MAX_ENTRIES} objects,
 * each of at most {@link #MAX_FIELDS} fields whose names are 1–{@link #MAX_NAME} characters and whose values are
 * strings of at most {@link #MAX_VALUE} characters, whole numbers from 0 to {@link #MAX_NUMBER} (an entry's printed
 * number) or null. Stored exactly as given.
 */
public final class Glossary {

    public static final int MAX_ENTRIES = 500;
    public static final int MAX_FIELDS = 20;
    public static final int MAX_NAME = 64;
    public static final int MAX_VALUE = 4000;
    public static final int MAX_NUMBER = 1_000_000;

    private Glossary() {
    }

    public static List<FieldError> check(JsonNode glossary) {
        List<FieldError> errors = new ArrayList<>();
        if (glossary == null || glossary.isNull()) {
            return errors;
        }
        if (!glossary.isArray()) {
            errors.add(new FieldError("glossary", "must be an array of objects"));
            return errors;
        }
        if (glossary.size() > MAX_ENTRIES) {
            errors.add(new FieldError("glossary", "has " + glossary.size() + " entries; at most " + MAX_ENTRIES));
            return errors;
        }
        for (int i = 0; i < glossary.size() && errors.size() < 50; i++) {
            JsonNode entry = glossary.get(i);
            String at = "glossary[" + i + "]";
            if (!entry.isObject()) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            if (entry.size() > MAX_FIELDS) {
                errors.add(new FieldError(at, "has " + entry.size() + " fields; at most " + MAX_FIELDS));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = entry.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.isEmpty() || name.length() > MAX_NAME) {
                    errors.add(new FieldError(at, "field names must be 1 to " + MAX_NAME + " characters"));
                } else if (!scalar(field.getValue())) {
                    errors.add(new FieldError(at + "." + name, "must be a string, a whole number from 0 to " + MAX_NUMBER + " or null"));
                } else if (field.getValue().isTextual() && field.getValue().textValue().length() > MAX_VALUE) {
                    errors.add(new FieldError(at + "." + name, "must be at most " + MAX_VALUE + " characters"));
                }
            }
        }
        return errors;
    }

    private static boolean scalar(JsonNode value) {
        return value.isTextual() || value.isNull()
                || value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0 && value.intValue() <= MAX_NUMBER;
    }
}
