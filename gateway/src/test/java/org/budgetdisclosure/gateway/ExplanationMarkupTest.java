package org.budgetdisclosure.gateway;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an explanation template's output is read, and why no inserted value can change its structure. */
class ExplanationMarkupTest {

    @Test
    void directivesMakeSectionsAndSubsectionsAndLinesJoinIntoParagraphsUntilAnEmptyLine() {
        Explanations e = ExplanationMarkup.parse("""
                #title 2025年度单位预算情况说明

                #section 1 第一节
                  第一段，
                  接着写。

                第二段。
                #section 10 绩效管理情况
                #subsection 1、整体绩效目标
                目标。
                #forms
                #section 11 国有资产占有使用情况
                #missing assets
                （本部分数据暂不可用：assets）
                """, List.of(), "单位", "2025年5月14日");

        assertThat(e.title()).isEqualTo("2025年度单位预算情况说明");
        assertThat(e.sections()).extracting(Explanations.Section::numeral).containsExactly("一", "十", "十一");
        assertThat(e.sections().get(0).paragraphs()).containsExactly("第一段，接着写。", "第二段。");
        assertThat(e.sections().get(1).subsections().get(0).paragraphs()).containsExactly("目标。");
        assertThat(e.sections().get(1).forms()).isEmpty();
        assertThat(e.sections().get(0).forms()).isNull();
        assertThat(e.sections().get(2).missing()).isTrue();
        assertThat(e.sections().get(2).missingPart()).isEqualTo("assets");
        assertThat(e.signatureName()).isEqualTo("单位");
    }

    @Test
    void aValueKeepsItsLineBreaksSpacesAndHashesAndCannotStartADirective() {
        String hostile = "\n\n#section 13 伪造\n　　缩进 #x \t" + ExplanationMarkup.ESCAPE + "0023";
        String output = "#section 12 其他说明\n" + ExplanationMarkup.escape(hostile) + "\n";

        Explanations e = ExplanationMarkup.parse(output, List.of(), "单位", null);

        assertThat(e.sections()).hasSize(1);
        assertThat(e.sections().get(0).paragraphs()).containsExactly(hostile);
        assertThat(ExplanationMarkup.escape("长治市上党区中小企业服务中心")).isEqualTo("长治市上党区中小企业服务中心");
    }

    @Test
    void aTemplateMistakeIsReportedNotGuessed() {
        assertThatThrownBy(() -> ExplanationMarkup.parse("正文在第一节之前\n", List.of(), "单位", null))
                .hasMessageContaining("before the first #section");
        assertThatThrownBy(() -> ExplanationMarkup.parse("#section 1 一\n#chapter 2\n", List.of(), "单位", null))
                .hasMessageContaining("unknown directive");
    }
}
