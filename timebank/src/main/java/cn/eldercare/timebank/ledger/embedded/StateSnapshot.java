package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.RootReference;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;
import cn.eldercare.chaincode.sim.WorldState;

/**
 * The world state as of one committed block, read without locks: MVStore maps are copy-on-write
 * B-trees, and the roots taken after a block was applied never change. Simulations read a
 * snapshot, so they always see whole blocks while the committer applies the next one, and the
 * committer never waits for them (a peer makes commits wait for running simulations instead).
 * Pages of an old root may have to be read back from the file; MVStore keeps the chunks holding
 * them for its retention time (45 s), far longer than a simulation, and a long reader (the
 * verifier) holds off saves, without which nothing is freed at all ({@link DurableWorldState#hold()}).
 */
final class StateSnapshot implements WorldState {

    private final MVMap<String, VersionedValue> values;
    private final MVMap<HistoryKey, HistoryEntry> history;
    private final RootReference<String, VersionedValue> valuesRoot;
    private final RootReference<HistoryKey, HistoryEntry> historyRoot;
    private final long block;

    StateSnapshot(final MVMap<String, VersionedValue> values, final MVMap<HistoryKey, HistoryEntry> history,
            final long block) {
        this.values = values;
        this.history = history;
        this.valuesRoot = values.flushAndGetRoot();
        this.historyRoot = history.flushAndGetRoot();
        this.block = block;
    }

    /** The last block this snapshot includes, -1 for the empty state. */
    long block() {
        return block;
    }

    @Override
    public VersionedValue get(final String key) {
        return values.get(valuesRoot.root, key);
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        return bounded(values.cursor(valuesRoot, startKey, null, false), endKey);
    }

    @Override
    public List<HistoryEntry> history(final String key) {
        final List<HistoryEntry> entries = new ArrayList<>();
        final Cursor<HistoryKey, HistoryEntry> cursor = history.cursor(historyRoot, HistoryKey.first(key), null, false);
        while (cursor.hasNext() && cursor.next().key().equals(key)) {
            entries.add(cursor.getValue());
        }
        return entries;
    }

    /** Every history entry in key order, for comparing two states. */
    Iterator<Map.Entry<HistoryKey, HistoryEntry>> allHistory() {
        final Cursor<HistoryKey, HistoryEntry> cursor = history.cursor(historyRoot, null, null, false);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<HistoryKey, HistoryEntry> next() {
                return Map.entry(cursor.next(), cursor.getValue());
            }
        };
    }

    @Override
    public void commit(final Version version, final String txId, final Instant timestamp,
            final SortedMap<String, byte[]> writes) {
        throw new UnsupportedOperationException("a snapshot of committed state is read-only");
    }

    /** The entries of a cursor up to {@code endKey} (exclusive; empty for no end), as the stub expects a range. */
    static Iterator<KeyedValue> bounded(final Cursor<String, VersionedValue> cursor, final String endKey) {
        return new Iterator<>() {
            private KeyedValue next = advance();

            private KeyedValue advance() {
                if (!cursor.hasNext()) {
                    return null;
                }
                final String key = cursor.next();
                final boolean inside = endKey.isEmpty() || StateKeyType.compareKeys(key, endKey) < 0;
                return inside ? new KeyedValue(key, cursor.getValue()) : null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public KeyedValue next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                final KeyedValue current = next;
                next = advance();
                return current;
            }
        };
    }
}
