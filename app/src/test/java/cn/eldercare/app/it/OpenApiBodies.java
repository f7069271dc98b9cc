package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations of the server's own {@code /openapi} document, so that a new endpoint is covered by the malformed-body
 * checks the day it appears, and bodies shaped after each operation's request schema.
 */
final class OpenApiBodies {

    /** One operation: its method, its path with each parameter filled in, and its JSON request schema (null for none). */
    record Operation(String method, String path, JsonObject schema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonObject schemas;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiBodies(JsonObject document, String pathValue) {
        schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
                JsonObject content = body == null ? null : body.getJsonObject("content");
                if (content != null && !content.containsKey("application/json")) {
                    continue; // files: rosters and PDFs
                }
                JsonObject schema = content == null ? null : resolve(content.getJsonObject("application/json").getJsonObject("schema"));
                operations.add(new Operation(method, path.getKey().replaceAll("\\{[^}]+}", pathValue), schema));
            }
        }
    }

    static OpenApiBodies parse(String document, String pathValue) {
        return new OpenApiBodies(Json.createReader(new StringReader(document)).readObject(), pathValue);
    }

    List<Operation> withJsonBody() {
        return operations.stream().filter(o -> o.schema() != null).toList();
    }

    List<Operation> withoutBody() {
        return operations.stream().filter(o -> o.schema() == null).toList();
    }

    JsonObject resolve(JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    /** The properties of an object schema, name to resolved schema; none for other schemas. */
    Map<String, JsonObject> properties(JsonObject schema) {
        JsonObject properties = schema.getJsonObject("properties");
        Map<String, JsonObject> all = new java.util.LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((name, s) -> all.put(name, resolve(s.asJsonObject())));
        }
        return all;
    }

    /** A body of the right shape and types (values need not pass the rules): the start of a truncated body. */
    JsonValue wellTyped(JsonObject schema) {
        if ("array".equals(schema.getString("type", ""))) {
            return Json.createArrayBuilder().add(wellTyped(resolve(schema.getJsonObject("items")))).build();
        }
        JsonObjectBuilder body = Json.createObjectBuilder();
        properties(schema).forEach((name, s) -> body.add(name, value(s)));
        return body.build();
    }

    private JsonValue value(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return Json.createValue(schema.getJsonArray("enum").getString(0));
        }
        return switch (schema.getString("type", "object")) {
            case "string" -> Json.createValue("x");
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> JsonValue.EMPTY_JSON_ARRAY;
            default -> Json.createValue("2026-01-01"); // the document shows dates and times as objects
        };
    }

    /** A value of another JSON type than the schema's, the kind a lenient binding would convert. */
    JsonValue wrongType(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return Json.createValue(12345);
        }
        return switch (schema.getString("type", "object")) {
            case "string" -> Json.createValue(12345);
            case "integer", "number" -> Json.createValue("12");
            case "boolean" -> Json.createValue("true");
            case "array" -> Json.createValue("[]");
            default -> JsonValue.TRUE;
        };
    }
}
