package cn.eldercare.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/** Whole-number properties accept only JSON integers in range, never 50.5, 1e400 or a string. */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /** The number, or null for JSON null, which Bean Validation then judges where it matters. */
    private static BigDecimal number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            throw new JsonbException("not a number");
        }
        return n.bigDecimalValue();
    }

    static final class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                BigDecimal n = number(parser);
                return n == null ? null : n.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number in range", e);
            }
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                BigDecimal n = number(parser);
                return n == null ? null : n.longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number in range", e);
            }
        }
    }
}
