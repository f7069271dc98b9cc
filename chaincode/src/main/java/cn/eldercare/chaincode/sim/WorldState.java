package cn.eldercare.chaincode.sim;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;

/**
 * The committed key-value state a simulated transaction reads from. Implementations may keep it
 * in memory or in a database; they must return keys in {@link KeyOrder}.
 */
public interface WorldState {

    /** The committed value and version of a key, or null when the key does not exist. */
    VersionedValue get(String key);

    /**
     * Keys from {@code startKey} (inclusive) to {@code endKey} (exclusive) in key order; an empty
     * end key means "to the last key".
     */
    Iterator<KeyedValue> range(String startKey, String endKey);

    /** Every committed modification of the key, oldest first. */
    List<HistoryEntry> history(String key);

    /**
     * Applies the writes of one valid transaction atomically. A null value deletes the key.
     * Callers serialise commits; validation is {@link MvccValidator}'s job.
     */
    void commit(Version version, String txId, Instant timestamp, SortedMap<String, byte[]> writes);
}
