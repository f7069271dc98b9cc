package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainMessagesTest {

    private static final String SIZE = "{jakarta.validation.constraints.Size.message}";

    @Test
    void aMissingValueIsRequiredInPlainWords() {
        assertEquals(Optional.of(Text.of("必填", "is required")), PlainMessages.of("{jakarta.validation.constraints.NotNull.message}", Map.of(), null));
    }

    @Test
    void aLengthCountsCharactersAndAListCountsItems() {
        assertEquals(Optional.of(Text.of("须为 2–500 个字", "must have 2–500 characters")),
                PlainMessages.of(SIZE, Map.of("min", 2, "max", 500), "x"));
        assertEquals(Optional.of(Text.of("最多 500 个字", "must have at most 500 characters")),
                PlainMessages.of(SIZE, Map.of("min", 0, "max", 500), "x".repeat(501)));
        assertEquals(Optional.of(Text.of("至少 1 项", "must have at least 1 item")),
                PlainMessages.of(SIZE, Map.of("min", 1, "max", Integer.MAX_VALUE), List.of()));
    }

    @Test
    void aFormatIsNeverShownAsARegularExpression() {
        assertEquals(Optional.of(Text.of("格式不正确", "has the wrong format")),
                PlainMessages.of("{jakarta.validation.constraints.Pattern.message}", Map.of("regexp", "[A-Z_]{2,32}"), "x"));
    }

    @Test
    void otherAndCustomMessagesAreLeftToTheValidator() {
        assertEquals(Optional.empty(), PlainMessages.of("{jakarta.validation.constraints.NotBlank.message}", Map.of(), ""));
        assertEquals(Optional.empty(), PlainMessages.of("请选择服务类别", Map.of(), null));
    }
}
