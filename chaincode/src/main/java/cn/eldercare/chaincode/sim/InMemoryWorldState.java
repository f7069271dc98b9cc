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
 * The skip list is keyed by {@link KeyOrder#sortable} keys, so it sorts by code point with plain
 * String comparisons.
 */
public final class InMemoryWorldState implements WorldState {

    private final ConcurrentSkipListMap<String, KeyedValue> values = new ConcurrentSkipListMap<>();
    private final Map<String, List<HistoryEntry>> histories = new ConcurrentHashMap<>();

    @Override
    public VersionedValue get(final String key) {
        final KeyedValue entry = values.get(KeyOrder.sortable(key));
        return entry == null ? null : entry.value();
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        final String from = KeyOrder.sortable(startKey);
        final NavigableMap<String, KeyedValue> slice = endKey.isEmpty()
                ? values.tailMap(from, true)
                : values.subMap(from, true, KeyOrder.sortable(endKey), false);
        return slice.values().iterator();
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
                values.remove(KeyOrder.sortable(key));
            } else {
                values.put(KeyOrder.sortable(key), new KeyedValue(key, new VersionedValue(value, version)));
            }
            final List<HistoryEntry> entries = histories.computeIfAbsent(key, k -> new ArrayList<>());
            synchronized (entries) {
                entries.add(new HistoryEntry(txId, timestamp, value, value == null));
            }
        });
    }
}
