package org.budgetdisclosure.asset.service;

/** A write kept colliding with concurrent writes to the same data; the client may read again and retry. */
public class ConcurrentWriteConflict extends RuntimeException {

    public ConcurrentWriteConflict(Throwable cause) {
        super("concurrent write conflict", cause);
    }
}
