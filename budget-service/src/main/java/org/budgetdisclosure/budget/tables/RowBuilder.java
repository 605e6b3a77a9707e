package org.budgetdisclosure.budget.tables;

import org.budgetdisclosure.budget.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills one grid row cell by column key; an amount prints in 万元, zero or absent prints blank. */
final class RowBuilder {

    private final List<String> keys;
    private final String[] cells;
    private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();

    RowBuilder(List<String> leafKeys) {
        this.keys = leafKeys;
        this.cells = new String[leafKeys.size()];
    }

    RowBuilder text(String key, String value) {
        cells[index(key)] = value;
        return this;
    }

    RowBuilder amount(String key, BigDecimal yuan) {
        int index = index(key);
        if (yuan != null) {
            amounts.put(key, yuan);
            cells[index] = yuan.signum() == 0 ? null : Money.wanText(yuan);
        }
        return this;
    }

    GridRow build(String kind, String code, String name, int level) {
        return new GridRow(kind, code, name, level, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))),
                Collections.unmodifiableMap(new LinkedHashMap<>(amounts)));
    }

    private int index(String key) {
        int index = keys.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + key);
        }
        return index;
    }
}
