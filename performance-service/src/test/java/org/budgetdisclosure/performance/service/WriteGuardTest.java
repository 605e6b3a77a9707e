package org.budgetdisclosure.performance.service;

import org.budgetdisclosure.performance.service.WriteGuard.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WriteGuardTest {

    private static final String ETAG = "\"ba7816bf8f01cfea414140de5dae2223\"";

    @Test
    void aCreateTakesNoPreconditionOrIfNoneMatchAny() {
        assertThat(WriteGuard.check(null, null, null)).isEqualTo(Verdict.PROCEED);
        assertThat(WriteGuard.check(null, null, "*")).isEqualTo(Verdict.PROCEED);
        assertThat(WriteGuard.check(null, ETAG, null)).isEqualTo(Verdict.PRECONDITION_FAILED);
    }

    @Test
    void anUpdateNeedsIfMatchWithTheETagRead() {
        assertThat(WriteGuard.check(ETAG, null, null)).isEqualTo(Verdict.PRECONDITION_REQUIRED);
        assertThat(WriteGuard.check(ETAG, "*", null)).isEqualTo(Verdict.PRECONDITION_REQUIRED);
        assertThat(WriteGuard.check(ETAG, " ", null)).isEqualTo(Verdict.PRECONDITION_REQUIRED);
        assertThat(WriteGuard.check(ETAG, ETAG, null)).isEqualTo(Verdict.PROCEED);
        assertThat(WriteGuard.check(ETAG, "\"other\", " + ETAG, null)).isEqualTo(Verdict.PROCEED);
        assertThat(WriteGuard.check(ETAG, "\"other\"", null)).isEqualTo(Verdict.PRECONDITION_FAILED);
        assertThat(WriteGuard.check(ETAG, "W/" + ETAG, null)).isEqualTo(Verdict.PRECONDITION_FAILED);
    }

    @Test
    void aCreateOnlyPutOfSomethingThatExistsFails() {
        assertThat(WriteGuard.check(ETAG, ETAG, "*")).isEqualTo(Verdict.PRECONDITION_FAILED);
        assertThat(WriteGuard.check(ETAG, null, "*")).isEqualTo(Verdict.PRECONDITION_FAILED);
    }
}
