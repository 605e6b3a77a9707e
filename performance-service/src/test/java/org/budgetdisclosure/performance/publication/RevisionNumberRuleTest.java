package org.budgetdisclosure.performance.publication;

import org.budgetdisclosure.performance.publication.RevisionNumberRule.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionNumberRuleTest {

    @Test
    void theFirstRevisionIsOneAndOnlyOne() {
        assertThat(RevisionNumberRule.decide(null, 1, "sha256:a", null, false).outcome()).isEqualTo(Outcome.FREEZE);
        assertThat(RevisionNumberRule.decide(null, 2, "sha256:a", null, false))
                .isEqualTo(new RevisionNumberRule.Decision(Outcome.CONFLICT, 1));
        assertThat(RevisionNumberRule.decide(null, 1, "sha256:a", null, true).outcome()).isEqualTo(Outcome.FREEZE);
    }

    @Test
    void theNextRevisionFreezesEvenWhenTheDraftDidNotChange() {
        assertThat(RevisionNumberRule.decide(3, 4, "sha256:a", "sha256:a", false).outcome()).isEqualTo(Outcome.FREEZE);
    }

    @Test
    void theLatestAgainWithTheSameDraftIsAReplayOr412UnderIfNoneMatchAny() {
        assertThat(RevisionNumberRule.decide(3, 3, "sha256:a", "sha256:a", false).outcome()).isEqualTo(Outcome.REPLAY);
        assertThat(RevisionNumberRule.decide(3, 3, "sha256:a", "sha256:a", true).outcome()).isEqualTo(Outcome.REPLAY_REFUSED);
    }

    @Test
    void theLatestWithAChangedDraftAndAnyOtherNumberAreConflictsNamingTheNext() {
        assertThat(RevisionNumberRule.decide(3, 3, "sha256:b", "sha256:a", false))
                .isEqualTo(new RevisionNumberRule.Decision(Outcome.CONFLICT, 4));
        assertThat(RevisionNumberRule.decide(3, 2, "sha256:a", "sha256:a", false).outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(RevisionNumberRule.decide(3, 5, "sha256:a", "sha256:a", false).outcome()).isEqualTo(Outcome.CONFLICT);
    }
}
