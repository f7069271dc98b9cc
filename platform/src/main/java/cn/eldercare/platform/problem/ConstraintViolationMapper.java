package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
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
 * interpolated again in each language, because the validator interpolated it in the JVM's locale,
 * unless {@link PlainMessages} has plainer words for it.
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
            fields.add(new FieldMessage(field(v.getPropertyPath()), PlainMessages.of(v.getMessageTemplate(),
                            v.getConstraintDescriptor().getAttributes(), v.getInvalidValue())
                    .orElseGet(() -> Text.of(interpolate(v, Locale.SIMPLIFIED_CHINESE), interpolate(v, Locale.ENGLISH)))));
        }
        return ProblemResponses.of(DomainException.invalid(fields), ProblemResponses.locale(headers));
    }

    /**
     * The field as a client names it: "modules[1].title", "attendees[0]", "scope[0].level" (the method
     * and parameter nodes dropped unless the parameter itself is the list or the value at fault).
     */
    static String field(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                if (field.length() == 0 && parameter != null) {
                    field.append(parameter);
                }
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
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
