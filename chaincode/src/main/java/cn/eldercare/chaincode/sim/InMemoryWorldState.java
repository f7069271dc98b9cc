package cn.eldercare.chaincode.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * World state held in memory. Readers run concurrently with a committer: the skip list gives
 * them weakly consistent views, and MVCC validation rejects transactions that read stale data.
 */
public final class InMemoryWorldState implements WorldState {

    private final ConcurrentSkipListMap<String, VersionedValue> values = new ConcurrentSkipListMap<>(KeyOrder.INSTANCE);
    private final Map<String, List<HistoryEntry>> histories = new ConcurrentHashMap<>();

    @Override
    public VersionedValue get(final String key) {
        return values.get(key);
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        final NavigableMap<String, VersionedValue> slice = endKey.isEmpty()
                ? values.tailMap(startKey, true)
                : values.subMap(startKey, true, endKey, false);
        return slice.entrySet().stream().map(e -> new KeyedValue(e.getKey(), e.getValue())).iterator();
    }

    @Override
    public List<HistoryEntry> history(final String key) {
        final List<HistoryEntry> entries = histories.get(key);
        if (entries == null) {
            return List.of();
        }
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    @Override
    public synchronized void commit(final Version version, final String txId, final Instant timestamp,
            final SortedMap<String, byte[]> writes) {
        writes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, new VersionedValue(value, version));
            }
            final List<HistoryEntry> entries = histories.computeIfAbsent(key, k -> new ArrayList<>());
            synchronized (entries) {
                entries.add(new HistoryEntry(txId, timestamp, value, value == null));
            }
        });
    }
}
