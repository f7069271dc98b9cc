package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;

/** A reason attached to one input field, before it is rendered in the caller's language. */
public record FieldMessage(String field, Text message) {
}
