package org.budgetdisclosure.budget.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * JSON as the platform's conventions want it: money and percentages as decimal strings (never a
 * JSON float, which JavaScript clients would round), unknown fields refused rather than ignored.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule decimals = new SimpleModule("decimal-strings");
        decimals.addSerializer(BigDecimal.class, new ToStringSerializerBase(BigDecimal.class) {
            @Override
            public String valueToString(Object value) {
                return ((BigDecimal) value).toPlainString();
            }

            @Override
            public boolean isEmpty(SerializerProvider provider, Object value) {
                return false;
            }
        });
        mapper.registerModule(decimals);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
