package cn.eldercare.timebank.readmodel.control;

import cn.eldercare.platform.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads the contract's event payload: {function, movements:[Movement], records:[ServiceRecord], txId, timestamp}. */
final class EventPayload {

    private EventPayload() {
    }

    static JsonObject parse(String payload) {
        return Jsonp.PROVIDER.createReader(new StringReader(payload)).readObject();
    }

    static List<JsonObject> list(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name).getValuesAs(JsonObject.class) : List.of();
    }

    static String text(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : null;
    }

    static Long number(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.longValue() : null;
    }

    static OffsetDateTime time(JsonObject o, String name) {
        String t = text(o, name);
        return t == null ? null : Instant.parse(t).atOffset(ZoneOffset.UTC);
    }
}
