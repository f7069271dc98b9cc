package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainMessagesTest {

    @Test
    void aMissingValueIsRequiredInPlainWords() {
        assertEquals(Optional.of(Text.of("必填", "is required")), PlainMessages.of("{jakarta.validation.constraints.NotNull.message}"));
    }

    @Test
    void otherAndCustomMessagesAreLeftToTheValidator() {
        assertEquals(Optional.empty(), PlainMessages.of("{jakarta.validation.constraints.Size.message}"));
        assertEquals(Optional.empty(), PlainMessages.of("请选择服务类别"));
    }
}
