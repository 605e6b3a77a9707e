package org.budgetdisclosure.asset.service;

/**
 * What a draft write hands the service about the caller's preconditions and the resource's representation:
 * {@link #check} refuses (428/412) against the current state read inside the write's transaction, and
 * {@link #hash} gives the content hash of a state for the audit log ({@code sha256:…}, null for nothing).
 *
 * @param <S> the state: {@code Optional<T>} for one resource, {@code List<T>} for a whole register
 */
public interface Guard<S> {

    void check(S current);

    String hash(S state);
}
