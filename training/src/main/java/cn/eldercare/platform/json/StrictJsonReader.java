package cn.eldercare.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.NoSuchElementException;

/**
 * Reads JSON request bodies strictly: the whole document is parsed before binding, so a truncated
 * value or text after it is refused at once (binding while streaming can spin forever skipping an
 * unclosed unknown value), unknown properties are refused, and whole numbers must be whole and fit.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new WholeNumbers.Ints(), new WholeNumbers.Longs()));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || type == String.class || type == byte[].class || JsonValue.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSONB.fromJson(parseWhole(bytes).toString(), genericType);
        } catch (JsonbException e) {
            throw EnumProperty.named(e, type);
        }
    }

    private static JsonValue parseWhole(byte[] bytes) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            parser.next();
            JsonValue document = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonbException("text after the JSON value");
            }
            return document;
        } catch (JsonException | NoSuchElementException e) {
            throw new JsonbException("malformed JSON", e);
        }
    }
}
