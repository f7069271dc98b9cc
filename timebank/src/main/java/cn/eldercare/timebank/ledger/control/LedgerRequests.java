package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.json.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.UUID;

/** Builds the contract's JSON requests and reads its JSON results. */
public final class LedgerRequests {

    private LedgerRequests() {
    }

    /** A request with the client's requestId, or a fresh one when the client sent none. */
    public static JsonObjectBuilder request(String requestId) {
        return Jsonp.PROVIDER.createObjectBuilder().add("requestId", requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId);
    }

    /** The contract's result: an object for most transactions, an array for a few (relations, categories). */
    public static JsonValue result(String json) {
        return Jsonp.PROVIDER.createReader(new StringReader(json)).readValue();
    }
}
