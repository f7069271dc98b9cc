package cn.eldercare.certs.certificate.control;

import cn.eldercare.platform.i18n.Text;

/** One issuing rule a caregiver does not meet: a stable code, the field it concerns and why. */
public record RuleFailure(String code, String field, Text reason) {
}
