package org.budgetdisclosure.asset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextRuleTest {

    record Item(String code, String description) {
    }

    record Body(String name, String note, List<Item> items, Integer count) {
    }

    @Test
    void shouldRefuseControlCharactersAndLoneSurrogatesEverywhere() {
        for (String bad : List.of("a\u0000b", "\u0001", "x\u001F", "\u007F", "\u0080", "a\u009Fb", "\uD800", "a\uDC00",
                "\uDBFFx", "x\uD800")) {
            assertThat(TextRule.problem(bad, true)).as(bad).isPresent();
            assertThat(TextRule.problem(bad, false)).as(bad).isPresent();
        }
    }

    @Test
    void shouldAllowTabsAndLineBreaksOnlyInFreeText() {
        for (String multiline : List.of("a\tb", "line 1\nline 2", "a\r\nb")) {
            assertThat(TextRule.problem(multiline, true)).isEmpty();
            assertThat(TextRule.problem(multiline, false)).get().asString().contains("one line");
        }
    }

    @Test
    void shouldAcceptOrdinaryTextAndPairedSurrogates() {
        for (String good : List.of("", "长治市上党区", "晋D·A1234", "emoji \uD83D\uDE00 ok", "\u00A0non-breaking", "3800.00")) {
            assertThat(TextRule.problem(good, false)).as(good).isEmpty();
        }
        assertThat(TextRule.problem(null, false)).isEmpty();
    }

    @Test
    void shouldNameEveryRefusedStringOfABodyByItsJsonPath() {
        Body body = new Body("a\tb", "fine\nnote", List.of(new Item("ok", "multi\nline"), new Item("x\u0000", "\uD800")), 3);
        assertThat(TextRule.check(body)).extracting(FieldError::field)
                .containsExactly("name", "items[1].code", "items[1].description");
        assertThat(TextRule.check(new Body("n", null, null, null))).isEmpty();
    }
}
