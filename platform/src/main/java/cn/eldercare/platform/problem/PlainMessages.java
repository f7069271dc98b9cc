package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;

import java.util.Map;
import java.util.Optional;

/**
 * Bean Validation's own messages in plain words where its wording puts users off: its Chinese for a missing
 * value is "不能为null", which many of our older users cannot read. Custom messages on a constraint are kept.
 */
final class PlainMessages {

    private static final Map<String, Text> BY_TEMPLATE = Map.of(
            "{jakarta.validation.constraints.NotNull.message}", Text.of("必填", "is required"));

    private PlainMessages() {
    }

    static Optional<Text> of(String messageTemplate) {
        return Optional.ofNullable(BY_TEMPLATE.get(messageTemplate));
    }
}
