package org.budgetdisclosure.asset.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The one ObjectMapper (Quarkus REST reads every request body with it) reads JSON strictly (the platform contract,
 * point 2): a body is exactly one JSON value (trailing data or a second document is 400), a key given twice is
 * 400, and a value of the wrong JSON type is 400 naming the field instead of being coerced — a number where a
 * string belongs ("unitName": 12), a string where a number or boolean belongs ("allowed": "3", "none": "true"), a
 * fraction where an integer belongs ("allowed": 1.5 was silently 1), null for a primitive. Unknown fields are 400
 * already (quarkus.jackson.fail-on-unknown-properties).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            var coercion = mapper.coercionConfigFor(scalar);
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString}) {
                coercion.setCoercion(shape, CoercionAction.Fail);
            }
        }
        // A string stays a string, a number a number: only the matching JSON type is read (the shapes above that
        // match the target are not coercions and are unaffected).
    }
}
