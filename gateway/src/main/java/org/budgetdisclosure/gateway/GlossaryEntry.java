package org.budgetdisclosure.gateway;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 名词解释: one standard definition, served as data so a region can change it. */
@Schema(description = "One entry of 第四部分 名词解释")
public record GlossaryEntry(
        @Schema(example = "1", format = "int32", minimum = "0", maximum = Bounds.GLOSSARY_NUMBER_TEXT) int number,
        @Schema(example = "基本支出", maxLength = Bounds.GLOSSARY_TEXT) String term,
        @Schema(example = "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。", maxLength = Bounds.GLOSSARY_TEXT) String definition) {
}
