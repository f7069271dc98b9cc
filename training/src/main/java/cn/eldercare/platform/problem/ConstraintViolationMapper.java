package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation failures on resource parameters become field-level problems. The message is
 * interpolated again in each language, because the validator interpolated it in the JVM's locale.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldMessage> fields = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            fields.add(new FieldMessage(field(v.getPropertyPath()),
                    Text.of(interpolate(v, Locale.SIMPLIFIED_CHINESE), interpolate(v, Locale.ENGLISH))));
        }
        return ProblemResponses.of(DomainException.invalid(fields), ProblemResponses.locale(headers));
    }

    /** Drops the method and parameter nodes, so "create.arg0.name" reads as "name". */
    static String field(Path path) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> properties.add(
                        node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
                default -> { }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "body";
    }

    private static String interpolate(ConstraintViolation<?> v, Locale locale) {
        return INTERPOLATOR.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("unwrap not supported");
            }
        }, locale);
    }
}
