package org.budgetdisclosure.performance.publication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionSelectorTest {

    @Test
    void readsLatestDraftAndRevisionNumbers() {
        assertThat(RevisionSelector.parse(null)).contains(RevisionSelector.LATEST);
        assertThat(RevisionSelector.parse("latest")).contains(RevisionSelector.LATEST);
        assertThat(RevisionSelector.parse("draft")).contains(RevisionSelector.DRAFT);
        assertThat(RevisionSelector.parse("12")).contains(new RevisionSelector(RevisionSelector.Kind.NUMBER, 12));
    }

    @Test
    void refusesEveryOtherSpelling() {
        for (String bad : new String[] {"", "0", "01", "+1", "-1", "１", "1.0", "Draft", "LATEST", "9999999999", " 1"}) {
            assertThat(RevisionSelector.parse(bad)).as(bad).isEmpty();
        }
    }
}
