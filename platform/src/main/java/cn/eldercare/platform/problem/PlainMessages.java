package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Bean Validation's own messages in plain words where its wording puts users off: its Chinese for a missing
 * value is "不能为null", for a length "个数必须在2和500之间" and for a format a regular expression, which many of our
 * older users cannot read. Custom messages on a constraint are kept.
 */
final class PlainMessages {

    private static final String PREFIX = "{jakarta.validation.constraints.";

    private PlainMessages() {
    }

    /** The plain words for a built-in constraint's default message, with its attributes (min, max) filled in. */
    static Optional<Text> of(String messageTemplate, Map<String, Object> attributes, Object value) {
        if (messageTemplate == null || !messageTemplate.startsWith(PREFIX) || !messageTemplate.endsWith(".message}")) {
            return Optional.empty();
        }
        String constraint = messageTemplate.substring(PREFIX.length(), messageTemplate.length() - ".message}".length());
        return Optional.ofNullable(switch (constraint) {
            case "NotNull" -> Text.of("必填", "is required");
            case "Pattern" -> Text.of("格式不正确", "has the wrong format");
            case "Size" -> size(number(attributes.get("min")), number(attributes.get("max")), value);
            default -> null;
        });
    }

    /** Text is counted in characters (字), lists in items (项); an unbounded side is left unsaid. */
    private static Text size(long min, long max, Object value) {
        boolean items = value instanceof Collection<?> || value instanceof Map<?, ?> || value != null && value.getClass().isArray();
        String zhUnit = items ? " 项" : " 个字";
        String enUnit = items ? " items" : " characters";
        if (min <= 0) {
            return Text.of("最多 " + max + zhUnit, "must have at most " + max + enUnit);
        }
        if (max == Integer.MAX_VALUE) {
            return Text.of("至少 " + min + zhUnit, "must have at least " + min + (min == 1 ? enUnit.replace("s", "") : enUnit));
        }
        return Text.of("须为 " + min + "–" + max + zhUnit, "must have " + min + "–" + max + enUnit);
    }

    private static long number(Object attribute) {
        return attribute instanceof Number n ? n.longValue() : 0;
    }
}
