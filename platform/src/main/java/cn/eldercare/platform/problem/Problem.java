package cn.eldercare.platform.problem;

import java.util.List;

/**
 * RFC 9457 problem details, with the field-level errors this product adds and, for a server fault, the
 * incident id the user can quote to the administrator (null, and so left out, otherwise).
 */
public record Problem(String type, String title, int status, String detail, String code,
                      List<FieldError> errors, String incident) {

    public record FieldError(String field, String message) {
    }
}
