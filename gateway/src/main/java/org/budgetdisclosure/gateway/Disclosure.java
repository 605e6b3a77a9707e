package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The assembled disclosure (单位预算公开) in the official order: 概况, tables 1–13, 情况说明 一–十二
 * (with the performance forms in 十), 名词解释.
 */
@Schema(description = "The whole disclosure document, assembled from the services in the official order")
@JsonPropertyOrder({"unitCode", "fiscalYear", "unitName", "regionCode", "title", "status", "statusName", "revision",
        "disclosureDate", "withdrawal", "complete", "missingParts", "overview", "tables", "explanations", "glossary"})
public record Disclosure(
        @Schema(example = "402001") String unitCode,
        @Schema(example = "2025") int fiscalYear,
        @Schema(example = "长治市上党区中小企业服务中心") String unitName,
        @Schema(example = "140404", nullable = true) String regionCode,
        @Schema(example = "长治市上党区中小企业服务中心2025年度单位预算公开") String title,
        @Schema(example = "PUBLISHED", enumeration = {"DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN"},
                description = "PUBLISHED or WITHDRAWN for a published revision; the draft's own status for ?revision=draft") String status,
        @Schema(example = "已公开") String statusName,
        @Schema(description = "The publication revision served; null for a draft", example = "1", nullable = true) Integer revision,
        @Schema(example = "2025-05-14", nullable = true) String disclosureDate,
        @Schema(description = "The withdrawal notice when the revision was withdrawn", nullable = true) Withdrawal withdrawal,
        @Schema(description = "False when some parts could not be fetched (only with ?partial=true)", example = "true") boolean complete,
        @Schema(description = "The parts that could not be fetched") List<MissingPart> missingParts,
        @Schema(description = "第一部分 概况", nullable = true) Overview overview,
        @Schema(description = "第二部分 预算公开表 1–13 as grids") List<JsonNode> tables,
        @Schema(description = "第三部分 情况说明") Explanations explanations,
        @Schema(description = "第四部分 名词解释") Glossary glossary) {

    @Schema(description = "Who withdrew a published revision, when and why")
    public record Withdrawal(@Schema(example = "2025-06-01T08:00:00Z") String at, @Schema(example = "publisher-1") String by,
                             @Schema(example = "The figures of table 3 were wrong") String reason) {
    }

    @Schema(description = "A part of the document that could not be fetched")
    public record MissingPart(
            @Schema(example = "performance") String part,
            @Schema(example = "performance-service") String service,
            @Schema(example = "performance-service did not answer within 2 s") String reason) {
    }

    @Schema(description = "第一部分 概况: duties, internal structure, staffing")
    public record Overview(
            List<String> duties,
            @Schema(example = "三股一室：财务人事股、规划监测股、产业指导股、综合办公室。") String internalStructure,
            @Schema(example = "10", nullable = true) Integer authorizedPositions,
            @Schema(example = "10", nullable = true) Integer actualStaff,
            @Schema(example = "编制10人，其中在职人员10人。") String staffingText) {
    }

    @Schema(description = "第四部分 名词解释")
    public record Glossary(@Schema(example = "名词解释") String title, List<GlossaryEntry> entries) {
    }

    public static String statusName(String status) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> "草稿";
            case "APPROVED" -> "已批复";
            case "PUBLISHED" -> "已公开";
            case "WITHDRAWN" -> "已撤回";
            default -> status;
        };
    }
}
