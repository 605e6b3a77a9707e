package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** 第三部分 情况说明: the twelve numbered sections, written from the data, and the signature. */
@Schema(description = "第三部分 情况说明: twelve sections written from the data")
public record Explanations(
        @Schema(example = "2025年度单位预算情况说明", maxLength = Bounds.EXPLANATIONS_TITLE) String title,
        @Schema(maxItems = Bounds.SECTIONS, description = "The twelve sections 一…十二, in order") List<Section> sections,
        @Schema(example = "长治市上党区中小企业服务中心", maxLength = Bounds.UNIT_NAME, description = "The unit's name") String signatureName,
        @Schema(example = "2025年5月14日", nullable = true, maxLength = Bounds.PRINTED_DATE,
                description = "budget-service's disclosureDate as printed") String signatureDate) {

    /** One numbered section (一 … 十二). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A numbered section of the explanations. Its text is written from the services' data: the longest "
            + "paragraph is 六's list of basic expenditure items (budget-service: at most 5000 names of at most 200 characters)")
    public record Section(
            @Schema(example = "1", format = "int32", minimum = "1", maximum = "12") int number,
            @Schema(example = "一", enumeration = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}) String numeral,
            @Schema(example = "单位预算收支数据变动情况及原因", maxLength = Bounds.HEADING) String title,
            @Schema(maxItems = Bounds.SECTION_PARAGRAPHS) List<String> paragraphs,
            @Schema(maxItems = Bounds.SUBSECTIONS) List<Subsection> subsections,
            @Schema(description = "Section 十: the project performance goal forms as performance-service's grids (a revision holds "
                    + "at most 2000 forms)", nullable = true, maxItems = Bounds.FORMS) List<JsonNode> forms,
            @Schema(description = "True when the data of this section could not be fetched", example = "false") boolean missing,
            @Schema(description = "Which part is missing, when missing", nullable = true, example = "performance",
                    enumeration = {"performance", "assets"}) String missingPart) {

        public Section(int number, String title, List<String> paragraphs, List<Subsection> subsections) {
            this(number, Numerals.of(number), title, paragraphs, subsections, null, false, null);
        }

        public Section withForms(List<JsonNode> newForms) {
            return new Section(number, numeral, title, paragraphs, subsections, newForms, missing, missingPart);
        }

        public static Section missing(int number, String title, String part) {
            return new Section(number, Numerals.of(number), title,
                    List.of("（本部分数据暂不可用：" + part + "）"), List.of(), null, true, part);
        }

        /** All text of the section: title, paragraphs and subsections, in order. */
        public String text() {
            StringBuilder text = new StringBuilder(numeral).append('、').append(title).append('\n');
            paragraphs.forEach(p -> text.append(p).append('\n'));
            for (Subsection s : subsections) {
                text.append(s.title()).append('\n');
                s.paragraphs().forEach(p -> text.append(p).append('\n'));
            }
            return text.toString();
        }
    }

    @Schema(description = "A titled part of a section, e.g. （一）政府购买服务指导性目录 (one paragraph per purchased service, "
            + "asset-service lists at most 500)")
    public record Subsection(@Schema(example = "（一）一般公共预算当年支出规模变化情况", maxLength = Bounds.HEADING) String title,
                             @Schema(maxItems = Bounds.SUBSECTION_PARAGRAPHS) List<String> paragraphs) {
    }
}
