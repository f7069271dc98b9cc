package cn.eldercare.chaincode.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Typed JSON access to the world state for one transaction. A peer does not let a transaction
 * read its own writes, so this keeps them and answers later reads of the same key from them;
 * rules may then read, change and re-read a value without caring where it came from.
 */
public final class LedgerState {

    private static final Object DELETED = new Object();

    private final ChaincodeStub stub;
    private final Map<String, Object> written = new HashMap<>();

    public LedgerState(final ChaincodeStub stub) {
        this.stub = stub;
    }

    public <T> Optional<T> get(final String key, final Class<T> type) {
        if (written.containsKey(key)) {
            final Object value = written.get(key);
            return value == DELETED ? Optional.empty() : Optional.of(type.cast(value));
        }
        final byte[] bytes = stub.getState(key);
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(Json.read(bytes, type));
    }

    /** Stores a value; callers must not mutate it afterwards (mutable state is re-put after a change). */
    public void put(final String key, final Object value) {
        written.put(key, value);
        stub.putState(key, Json.bytes(value));
    }

    public void delete(final String key) {
        written.put(key, DELETED);
        stub.delState(key);
    }

    /** All committed entries under a partial composite key, in key order. */
    public <T> List<Entry<T>> list(final Class<T> type, final String objectType, final String... attributes) {
        final List<Entry<T>> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(Keys.of(objectType, attributes))) {
            for (final KeyValue kv : results) {
                entries.add(new Entry<>(kv.getKey(), Json.read(kv.getValue(), type)));
            }
        }
        return entries;
    }

    public record Entry<T>(String key, T value) {
    }
}
