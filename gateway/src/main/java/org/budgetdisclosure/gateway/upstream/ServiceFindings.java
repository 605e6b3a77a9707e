package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A service's {@code GET …/validation}: its findings; where a finding is, is passed on as the service gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceFindings(List<Item> findings) {

    public ServiceFindings {
        findings = Lists.orEmpty(findings);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String ruleId, String severity, String messageZh, String messageEn, JsonNode location) {
    }
}
