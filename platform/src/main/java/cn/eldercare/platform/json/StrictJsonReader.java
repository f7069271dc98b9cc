package cn.eldercare.platform.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.util.NoSuchElementException;

/**
 * Reads JSON request bodies strictly: the whole document is parsed before binding, so a truncated
 * value or text after it is refused at once (binding while streaming can spin forever skipping an
 * unclosed unknown value), unknown properties are refused, whole numbers must be whole and fit, and
 * strings and booleans must be JSON strings and booleans (JSON-B would turn 12345 into "12345" and
 * "yes" into false). Nesting deeper than {@link #MAX_DEPTH} is refused before the parser's own
 * limit, which it reports as a bare RuntimeException.
 * <p>
 * An interceptor rather than a {@code MessageBodyReader}: the server's own JSON-B reader ties with a
 * custom one for {@code Object} and {@code application/json}, and Jersey then picks either.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new WholeNumbers.Ints(), new WholeNumbers.Longs(), new StrictScalars.Strings(),
                    new StrictScalars.Booleans()));
    /** No request of this API nests deeper than a few levels; 64 leaves room and keeps binding's recursion shallow. */
    static final int MAX_DEPTH = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!binds(context.getType(), context.getMediaType())) {
            return context.proceed();
        }
        byte[] bytes = context.getInputStream().readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        return bind(bytes, context.getType(), context.getGenericType());
    }

    static Object bind(byte[] bytes, Class<?> type, Type genericType) {
        try {
            return JSONB.fromJson(parseWhole(bytes).toString(), genericType);
        } catch (JsonbException e) {
            throw EnumProperty.named(e, type);
        }
    }

    private static boolean binds(Class<?> type, MediaType mediaType) {
        return mediaType != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
                && !(InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || type == String.class || type == byte[].class || JsonValue.class.isAssignableFrom(type));
    }

    private static JsonValue parseWhole(byte[] bytes) {
        checkDepth(bytes);
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new ByteArrayInputStream(bytes))) {
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

    /** A first pass over the events only, so that a deep document is refused before anything is built from it. */
    private static void checkDepth(byte[] bytes) {
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new ByteArrayInputStream(bytes))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new JsonbException("nested deeper than " + MAX_DEPTH + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                    }
                }
            }
        } catch (JsonException | NoSuchElementException e) {
            throw new JsonbException("malformed JSON", e);
        }
    }
}
