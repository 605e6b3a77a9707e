package org.budgetdisclosure.performance.mapping;

import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.rest.model.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The body limits as pure rules: what each one lets through and what it refuses. */
class FieldLimitsTest {

    private static final String ASTRAL = "𠀀"; // one character, two UTF-16 units

    @Test
    void aTextAtItsLimitPassesAndOneCharacterMoreIsTooLong() {
        assertThat(FieldLimits.tooLong("名".repeat(500), FieldLimits.PROJECT_NAME)).isFalse();
        assertThat(FieldLimits.tooLong("名".repeat(501), FieldLimits.PROJECT_NAME)).isTrue();
        assertThat(FieldLimits.tooLong(null, FieldLimits.PROJECT_NAME)).isFalse();
    }

    @Test
    void lengthsCountCharactersAsJsonSchemaDoesNotUtf16Units() {
        assertThat(FieldLimits.length(ASTRAL.repeat(500))).isEqualTo(500);
        assertThat(FieldLimits.tooLong(ASTRAL.repeat(500), FieldLimits.PROJECT_NAME)).isFalse();
        assertThat(FieldLimits.tooLong(ASTRAL.repeat(501), FieldLimits.PROJECT_NAME)).isTrue();
    }

    @Test
    void aTargetNumberFitsWithEighteenDigitsBeforeThePointAndNotWithNineteen() {
        assertThat(FieldLimits.targetNumberTooLarge(new BigDecimal("999999999999999999.123456"))).isFalse();
        assertThat(FieldLimits.targetNumberTooLarge(new BigDecimal("1000000000000000000"))).isTrue();
        assertThat(FieldLimits.targetNumberTooLarge(new BigDecimal("0.5"))).isFalse();
        assertThat(FieldLimits.targetNumberTooLarge(null)).isFalse();
    }

    @Test
    void aFilledAtYearIsFrom1900To2999() {
        assertThat(FieldLimits.filledAtYearOutOfRange(1900)).isFalse();
        assertThat(FieldLimits.filledAtYearOutOfRange(2999)).isFalse();
        assertThat(FieldLimits.filledAtYearOutOfRange(1899)).isTrue();
        assertThat(FieldLimits.filledAtYearOutOfRange(3000)).isTrue();
    }

    @Test
    void aUnitYearTakesAnotherProjectUntilItHolds2000() {
        assertThat(FieldLimits.roomForAnotherProject(1999)).isTrue();
        assertThat(FieldLimits.roomForAnotherProject(2000)).isFalse();
    }

    @Test
    void theReaderNamesATooLongTextAndCountsCharacters() {
        FieldReader in = new FieldReader();
        in.text("projectName", ASTRAL.repeat(500), true, FieldLimits.PROJECT_NAME);
        assertThat(in.errors()).isEmpty();
        in.text("projectName", "x".repeat(501), true, FieldLimits.PROJECT_NAME);
        assertThat(in.errors()).containsExactly(new FieldError("projectName", "must be at most 500 characters"));
    }

    @Test
    void theReaderTakesOnlyMoneyTheDocumentedPatternDescribes() {
        FieldReader in = new FieldReader();
        assertThat(in.money("amount", "400000.00", true)).isEqualByComparingTo("400000");
        assertThat(in.money("amount", "9999999999999999.99", true)).isEqualByComparingTo("9999999999999999.99");
        assertThat(in.errors()).isEmpty();
        for (String bad : List.of(" 400000.00", "400000.00 ", "10000000000000000", "1.001", "1e3", "１２")) {
            FieldReader one = new FieldReader();
            assertThat(one.money("amount", bad, true)).as(bad).isNull();
            assertThat(one.errors()).as(bad).extracting(FieldError::field).containsExactly("amount");
        }
        assertThat("400000.00").matches(FieldLimits.MONEY_PATTERN);
        assertThat("9999999999999999.99".length()).isEqualTo(FieldLimits.MONEY);
    }

    @Test
    void aProblemKeepsItsDocumentedLimitsWhateverItEchoes() {
        List<FieldError> many = Collections.nCopies(Problem.MAX_ERRORS + 5,
                new FieldError("f".repeat(400), ASTRAL.repeat(1200)));
        Problem problem = new Problem("urn:x", "t", 422, ASTRAL.repeat(3000), "/p".repeat(1500), "r", many);
        assertThat(problem.errors()).hasSize(Problem.MAX_ERRORS);
        assertThat(FieldLimits.length(problem.errors().get(0).field())).isEqualTo(Problem.MAX_FIELD);
        assertThat(FieldLimits.length(problem.errors().get(0).reason())).isEqualTo(Problem.MAX_REASON);
        assertThat(problem.errors().get(0).reason()).isEqualTo(ASTRAL.repeat(Problem.MAX_REASON));
        assertThat(FieldLimits.length(problem.detail())).isEqualTo(Problem.MAX_DETAIL);
        assertThat(FieldLimits.length(problem.instance())).isEqualTo(Problem.MAX_DETAIL);
        assertThat(new Problem("urn:x", "t", 404, "short", "/p", "r", null).errors()).isEmpty();
    }
}
