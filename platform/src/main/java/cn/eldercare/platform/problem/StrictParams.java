package cn.eldercare.platform.problem;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Query parameters JAX-RS would convert loosely or not at all: ISO dates (2026-03-01), which it has
 * no converter for, and booleans, where it reads anything but "true" as false.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> ISO_DATE = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    private static final ParamConverter<Boolean> TRUE_OR_FALSE = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not true or false");
            };
        }

        @Override
        public String toString(Boolean value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        if (raw == LocalDate.class) {
            return (ParamConverter<T>) ISO_DATE;
        }
        return raw == Boolean.class ? (ParamConverter<T>) TRUE_OR_FALSE : null;
    }
}
