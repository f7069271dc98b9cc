package cn.eldercare.platform.json;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonReaderTest {

    public record Input(String name, Boolean active, Integer level) {
    }

    private static Input read(String json) {
        return (Input) StrictJsonReader.bind(json.getBytes(StandardCharsets.UTF_8), Input.class, Input.class);
    }

    @Test
    void aWellTypedBodyBinds() {
        assertEquals(new Input("王秀英", true, 5), read("{\"name\":\"王秀英\",\"active\":true,\"level\":5}"));
        assertEquals(new Input(null, null, null), read("{\"name\":null,\"active\":null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":12345}", "{\"name\":true}", "{\"name\":{}}", "{\"name\":[\"a\"]}"})
    void aStringPropertyTakesOnlyAString(String json) {
        JsonbException e = assertThrows(JsonbException.class, () -> read(json));
        assertTrue(String.valueOf(e.getMessage()).contains("name"), e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"active\":\"yes\"}", "{\"active\":\"true\"}", "{\"active\":1}", "{\"active\":[]}"})
    void aBooleanPropertyTakesOnlyTrueOrFalse(String json) {
        JsonbException e = assertThrows(JsonbException.class, () -> read(json));
        assertTrue(String.valueOf(e.getMessage()).contains("active"), e::getMessage);
    }

    /** Parsson's own limit (1000) throws a bare RuntimeException, which the server answered with 500. */
    @ParameterizedTest
    @ValueSource(ints = {65, 3_000, 5_000})
    void aDeeplyNestedBodyIsMalformed(int depth) {
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String objects = "{\"name\":".repeat(depth) + "1" + "}".repeat(depth);
        assertThrows(JsonbException.class, () -> read("{\"level\":" + arrays + "}"));
        assertThrows(JsonbException.class, () -> read(objects));
    }

    @Test
    void nestingUpToTheLimitIsNoProblemOfItsOwn() {
        String nested = "[".repeat(StrictJsonReader.MAX_DEPTH - 1) + "]".repeat(StrictJsonReader.MAX_DEPTH - 1);
        JsonbException e = assertThrows(JsonbException.class, () -> read("{\"level\":" + nested + "}"));
        assertTrue(String.valueOf(e.getMessage()).contains("level"), "refused for its type, not its depth: " + e.getMessage());
    }
}
