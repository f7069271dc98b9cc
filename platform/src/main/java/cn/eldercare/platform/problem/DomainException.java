package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;

import java.util.List;

/**
 * A refusal by a business rule. It carries an HTTP status, a stable code for clients
 * and a bilingual message, so rules stay free of JAX-RS.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final Text text;
    private final List<FieldMessage> fields;

    public DomainException(int status, String code, Text text, List<FieldMessage> fields) {
        super(code + ": " + text.en());
        this.status = status;
        this.code = code;
        this.text = text;
        this.fields = List.copyOf(fields);
    }

    public static DomainException invalid(String field, Text reason) {
        return new DomainException(400, "INVALID_INPUT", Text.of("输入有误", "Invalid input"),
                List.of(new FieldMessage(field, reason)));
    }

    public static DomainException invalid(List<FieldMessage> fields) {
        return new DomainException(400, "INVALID_INPUT", Text.of("输入有误", "Invalid input"), fields);
    }

    public static DomainException notFound(Text what) {
        return new DomainException(404, "NOT_FOUND", what, List.of());
    }

    public static DomainException forbidden(Text why) {
        return new DomainException(403, "FORBIDDEN", why, List.of());
    }

    public static DomainException conflict(String code, Text why) {
        return new DomainException(409, code, why, List.of());
    }

    public static DomainException unprocessable(String code, Text why) {
        return new DomainException(422, code, why, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }

    public List<FieldMessage> fields() {
        return fields;
    }
}
