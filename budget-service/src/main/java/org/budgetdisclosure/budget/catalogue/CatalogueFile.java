package org.budgetdisclosure.budget.catalogue;

import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a classification catalogue file: UTF-8 CSV with the header {@code code,name,level,parent_code},
 * level 类/款/项 (or 1/2/3) matching the code's length, every 款 under its 类 and every 项 under its 款.
 * The mapping file has the header {@code dept_code,gov_code}. Pure: text in, entries or errors out.
 */
public final class CatalogueFile {

    private static final Map<String, Integer> LEVEL_WORDS = Map.of("类", 1, "款", 2, "项", 3, "1", 1, "2", 2, "3", 3);

    private CatalogueFile() {
    }

    public record Parsed<T>(List<T> entries, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Parsed<Classification> classifications(String text, ClassificationScheme scheme) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Classification> entries = new LinkedHashMap<>();
        List<String[]> rows = rows(text, "code,name,level,parent_code", errors);
        int maxLevel = scheme == ClassificationScheme.FUNCTIONAL ? 3 : 2;
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String field = "line " + (i + 2);
            if (row.length < 3) {
                errors.add(new FieldError(field, "expected code,name,level,parent_code"));
                continue;
            }
            String code = row[0].trim();
            String name = row[1].trim();
            Integer level = LEVEL_WORDS.get(row[2].trim());
            if (!code.matches("\\d{3}|\\d{5}|\\d{7}")) {
                errors.add(new FieldError(field + ".code", "must be 3, 5 or 7 digits: " + code));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new FieldError(field + ".name", "must not be empty"));
            } else if (name.length() > Limits.NAME) {
                errors.add(new FieldError(field + ".name", "must be at most " + Limits.NAME + " characters"));
                continue;
            }
            if (level == null || level != Classification.levelOfCode(code) || level > maxLevel) {
                errors.add(new FieldError(field + ".level", "level " + row[2].trim() + " does not fit code " + code
                        + " in " + scheme.label()));
                continue;
            }
            if (entries.containsKey(code)) {
                errors.add(new FieldError(field + ".code", "duplicate code " + code));
                continue;
            }
            entries.put(code, new Classification(code, name, level, Classification.parentOf(code)));
        }
        entries.values().stream()
                .filter(c -> c.parentCode() != null && !entries.containsKey(c.parentCode()))
                .forEach(c -> errors.add(new FieldError("code " + c.code(), "parent " + c.parentCode() + " is not in the file")));
        return new Parsed<>(List.copyOf(entries.values()), errors);
    }

    public static Parsed<Map.Entry<String, String>> mapping(String text, Set<String> departmentCodes,
                                                            Set<String> governmentCodes) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> pairs = new HashMap<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        List<String[]> rows = rows(text, "dept_code,gov_code", errors);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String field = "line " + (i + 2);
            if (row.length < 2) {
                errors.add(new FieldError(field, "expected dept_code,gov_code"));
                continue;
            }
            String dept = row[0].trim();
            String gov = row[1].trim();
            if (!departmentCodes.contains(dept)) {
                errors.add(new FieldError(field + ".dept_code", "unknown department economic code " + dept));
            } else if (!governmentCodes.contains(gov)) {
                errors.add(new FieldError(field + ".gov_code", "unknown government economic code " + gov));
            } else if (pairs.putIfAbsent(dept, gov) != null) {
                errors.add(new FieldError(field + ".dept_code", "mapped twice: " + dept));
            } else {
                entries.add(Map.entry(dept, gov));
            }
        }
        return new Parsed<>(entries, errors);
    }

    private static List<String[]> rows(String text, String header, List<FieldError> errors) {
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        if (lines.length == 0 || !lines[0].trim().equalsIgnoreCase(header)) {
            errors.add(new FieldError("line 1", "header must be " + header));
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split(",", -1));
            }
        }
        if (rows.size() > Limits.CATALOGUE_ENTRIES) {
            errors.add(new FieldError("file", "has " + rows.size() + " entries; at most " + Limits.CATALOGUE_ENTRIES));
            return List.of();
        }
        return rows;
    }
}
