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

    Optional<E> item(String unitCode, String itemId);

    /** Deletes the unit's whole register in one statement; returns the number of rows deleted. */
    long deleteOfUnit(String unitCode);
}
