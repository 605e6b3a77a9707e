package org.budgetdisclosure.asset.repository;

import java.util.List;
import java.util.Optional;

/** What the service asks of either register (vehicles, equipment), whose rows are keyed by unit and item id. */
public interface RegisterQueries<E> {

    /**
     * In id order (byte order, COLLATE "C"), at most limit of the unit's items after the cursor id (all when
     * after is null).
     */
    List<E> page(String unitCode, String after, int limit);

    /** The unit's whole register, in id order. */
    default List<E> ofUnit(String unitCode) {
        return page(unitCode, null, Integer.MAX_VALUE);
    }

    /**
     * The page query of a register table (parameters :unit, :after when withCursor, :limit). Native SQL because
     * JPQL cannot name a collation: ids are sorted and compared after the cursor in the same collation, byte order
     * (COLLATE "C"), whatever the database's default, so no item is skipped or repeated between pages; the primary
     * key (unit_code, id) is in "C" too (V4), so it serves the page in order without a sort.
     */
    static String pageSql(String table, String idColumn, boolean withCursor) {
        return "SELECT * FROM " + table + " WHERE unit_code = :unit"
                + (withCursor ? " AND " + idColumn + " COLLATE \"C\" > :after" : "")
                + " ORDER BY " + idColumn + " COLLATE \"C\" LIMIT :limit";
    }

    Optional<E> item(String unitCode, String itemId);

    /** Deletes the unit's whole register in one statement; returns the number of rows deleted. */
    long deleteOfUnit(String unitCode);
}
