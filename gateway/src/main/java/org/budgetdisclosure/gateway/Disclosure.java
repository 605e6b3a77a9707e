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
        @Schema(example = "402001", maxLength = Bounds.UNIT_CODE, pattern = Bounds.UNIT_CODE_PATTERN) String unitCode,
        @Schema(example = "2025", format = "int32", minimum = Bounds.YEAR_MIN_TEXT, maximum = Bounds.YEAR_MAX_TEXT) int fiscalYear,
        @Schema(example = "长治市上党区中小企业服务中心", maxLength = Bounds.UNIT_NAME, nullable = true,
                description = "The unit's name (budget-service's, at most 200 characters); null only when neither the unit nor the "
                        + "budget could be fetched (?partial=true)") String unitName,
        @Schema(example = "140404", nullable = true, maxLength = Bounds.REGION_CODE, pattern = Bounds.REGION_CODE_PATTERN) String regionCode,
        @Schema(example = "长治市上党区中小企业服务中心2025年度单位预算公开", maxLength = Bounds.TITLE,
                description = "The unit's name (or code) + year + 年度单位预算公开") String title,
        @Schema(example = "PUBLISHED", enumeration = {"DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN"}, nullable = true,
                description = "PUBLISHED or WITHDRAWN for a published revision; the draft's own status for ?revision=draft "
                        + "(null when budget-service could not be read, ?partial=true)") String status,
        @Schema(example = "已公开", enumeration = {"草稿", "已批复", "已公开", "已撤回"}, nullable = true) String statusName,
        @Schema(description = "The publication revision served; null for a draft", example = "1", nullable = true, format = "int32",
                minimum = "1", maximum = Bounds.REVISION_TEXT) Integer revision,
        @Schema(example = "2025-05-14", nullable = true, format = "date", maxLength = 10,
                description = "budget-service's disclosureDate") String disclosureDate,
        @Schema(description = "The withdrawal notice when the revision was withdrawn", nullable = true) Withdrawal withdrawal,
        @Schema(description = "False when some parts could not be fetched (only with ?partial=true)", example = "true") boolean complete,
        @Schema(description = "The parts that could not be fetched", maxItems = Bounds.MISSING_PARTS) List<MissingPart> missingParts,
        @Schema(description = "第一部分 概况", nullable = true) Overview overview,
        @Schema(description = "第二部分 预算公开表 1–13 as budget-service's grids; null when they could not be fetched", nullable = true,
                maxItems = Bounds.TABLES) List<JsonNode> tables,
        @Schema(description = "第三部分 情况说明; null when budget-service's budget or figures could not be fetched", nullable = true)
        Explanations explanations,
        @Schema(description = "第四部分 名词解释") Glossary glossary) {

    @Schema(description = "Who withdrew a published revision, when and why, as the first part withdrawn says")
    public record Withdrawal(@Schema(example = "2025-06-01T08:00:00Z", format = "date-time", maxLength = Bounds.TIMESTAMP) String at,
                             @Schema(example = "publisher-1", maxLength = Bounds.SUBJECT, description = "The withdrawing token's sub") String by,
                             @Schema(example = "The figures of table 3 were wrong", maxLength = Bounds.WITHDRAWAL_REASON) String reason) {
    }

    @Schema(description = "A part of the document (or of a check) that could not be fetched")
    public record MissingPart(
            @Schema(example = "performance", maxLength = Bounds.PART_NAME, pattern = Bounds.PART_NAME_PATTERN,
                    description = "overview, tables, explanations, performance or assets of a document; budget, performance or "
                            + "assets of a revision; validation, list, or the proxied resource (budgets, units, …)") String part,
            @Schema(example = "performance-service", enumeration = {"budget-service", "performance-service", "asset-service"}) String service,
            @Schema(example = "performance-service did not answer within 2000 ms", maxLength = Bounds.FAILURE) String reason) {
    }

    @Schema(description = "第一部分 概况: duties, internal structure, staffing, from budget-service's unit")
    public record Overview(
            @Schema(maxItems = Bounds.DUTIES, description = "本单位职责: at most 100 duties of at most 5000 characters each (budget-service's)")
            List<String> duties,
            @Schema(example = "三股一室：财务人事股、规划监测股、产业指导股、综合办公室。", maxLength = Bounds.INTERNAL_STRUCTURE, nullable = true)
            String internalStructure,
            @Schema(example = "10", nullable = true, format = "int32", minimum = "0", maximum = Bounds.STAFF_TEXT) Integer authorizedPositions,
            @Schema(example = "10", nullable = true, format = "int32", minimum = "0", maximum = Bounds.STAFF_TEXT) Integer actualStaff,
            @Schema(example = "编制10人，其中在职人员10人。", maxLength = Bounds.STAFFING_TEXT, nullable = true,
                    description = "null when the unit states no staffing") String staffingText) {
    }

    @Schema(description = "第四部分 名词解释: the glossary the revision captured (budget-service), or the gateway's for the region")
    public record Glossary(@Schema(example = "名词解释", maxLength = Bounds.GLOSSARY_TEXT) String title,
                           @Schema(maxItems = Bounds.GLOSSARY_ENTRIES) List<GlossaryEntry> entries) {
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
