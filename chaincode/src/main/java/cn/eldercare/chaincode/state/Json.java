package cn.eldercare.chaincode.state;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import cn.eldercare.chaincode.error.TimeBankException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * JSON for state values, requests and results. Gson writes fields in declaration order and
 * skips nulls, so every endorsing peer produces the same bytes for the same value.
 * Times are ISO-8601 instants ({@code 2025-03-01T08:00:00Z}), dates ISO local dates.
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, text(Instant::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, text(LocalDate::parse).nullSafe())
            .create();

    private Json() {
    }

    public static String write(final Object value) {
        return GSON.toJson(value);
    }

    public static byte[] bytes(final Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a request; malformed or empty input is the client's fault. */
    public static <T> T read(final String json, final Class<T> type) {
        return read(json, (Type) type);
    }

    /** Parses a value of a generic type ({@code List<Category>}) likewise. */
    public static <T> T read(final String json, final Type type) {
        try {
            final T value = GSON.fromJson(json, type);
            TimeBankException.require(value != null, INVALID_ARGUMENT, "a JSON object is required");
            return value;
        } catch (JsonParseException | DateTimeException e) {
            throw new TimeBankException(INVALID_ARGUMENT, "malformed JSON: " + e.getMessage());
        }
    }

    public static <T> T read(final byte[] json, final Class<T> type) {
        return GSON.fromJson(new String(json, StandardCharsets.UTF_8), type);
    }

    private static <T> TypeAdapter<T> text(final Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(final JsonWriter out, final T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(final JsonReader in) throws IOException {
                return parse.apply(in.nextString());
            }
        };
    }
}
