package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** A service's refusal (problem+json) as the gateway passes it on: its detail and its errors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamProblem(String detail, List<Error> errors) {

    public UpstreamProblem {
        errors = Lists.orEmpty(errors);
    }

    /**
     * One error: where (field, else ruleId, else path) and why (reason, else messageEn, else message, else the error as
     * the service wrote it).
     */
    public record Error(String where, String why) {

        private static final ObjectMapper TYPED = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Fields(String field, String ruleId, String path, String reason, String messageEn, String message) {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Error of(JsonNode error) {
            try {
                Fields f = TYPED.treeToValue(error, Fields.class);
                String where = f.field() != null ? f.field() : f.ruleId() != null ? f.ruleId() : f.path() != null ? f.path() : "";
                String why = f.reason() != null ? f.reason() : f.messageEn() != null ? f.messageEn()
                        : f.message() != null ? f.message() : error.toString();
                return new Error(where, why);
            } catch (JsonProcessingException e) {
                return new Error("", error.toString());
            }
        }
    }
}
