package cn.eldercare.platform.problem;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/** ISO dates (2026-03-01) in query parameters; JAX-RS has no converter for LocalDate of its own. */
@Provider
public class LocalDateParam implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> ISO = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        return raw == LocalDate.class ? (ParamConverter<T>) ISO : null;
    }
}
