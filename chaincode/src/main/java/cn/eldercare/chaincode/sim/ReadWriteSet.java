package cn.eldercare.chaincode.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one simulated transaction read and wants to write, for the embedding ledger to validate
 * (see {@link MvccValidator}) and commit. A read of an absent key records a null version.
 */
public final class ReadWriteSet {

    private final Map<String, Version> reads = new HashMap<>();
    private final List<RangeRead> rangeReads = new ArrayList<>();
    private final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);

    /** Records the version seen by the first read of a key; later reads in the same transaction see the same value. */
    void recordRead(final String key, final Version version) {
        if (!reads.containsKey(key)) {
            reads.put(key, version);
        }
    }

    void recordRange(final RangeRead range) {
        rangeReads.add(range);
    }

    void recordWrite(final String key, final byte[] value) {
        writes.put(key, value);
    }

    /** Key to the version read (null when the key did not exist). */
    public Map<String, Version> reads() {
        return Collections.unmodifiableMap(reads);
    }

    public List<RangeRead> rangeReads() {
        return Collections.unmodifiableList(rangeReads);
    }

    /** Key to new value in key order; a null value deletes the key. */
    public SortedMap<String, byte[]> writes() {
        return Collections.unmodifiableSortedMap(writes);
    }

    public boolean isReadOnly() {
        return writes.isEmpty();
    }
}
