package cn.eldercare.platform.problem;

import java.util.List;

/** RFC 9457 problem details, with the field-level errors this product adds. */
public record Problem(String type, String title, int status, String detail, String code,
                      List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
