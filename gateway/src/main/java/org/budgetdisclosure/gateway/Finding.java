package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of a check, from a service or from a rule across services (source "gateway"). */
@Schema(description = "A finding of a consistency check")
public record Finding(
        @Schema(example = "gateway", enumeration = {"gateway", "budget-service", "performance-service", "asset-service"}) String source,
        @Schema(example = "X-FORM-FUNDS-BUDGET", maxLength = Bounds.RULE_ID) String ruleId,
        @Schema(example = "WARNING", enumeration = {"ERROR", "WARNING", "INFO"}) String severity,
        @Schema(example = "项目402001250001绩效目标表年度资金120.00万元，与预算项目金额100.00万元不一致", maxLength = Bounds.MESSAGE,
                description = "A service's message (at most 2000 characters), or the gateway's, which may quote an authored text "
                        + "(budget-service: at most 20000 characters)") String messageZh,
        @Schema(example = "Project 402001250001: the form's annual funds 1200000.00 differ from its budget 1000000.00",
                maxLength = Bounds.MESSAGE) String messageEn,
        @Schema(description = "Where: as the source service reports it", nullable = true) JsonNode location) {
}
