package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.concurrent.locks.Lock;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;
import cn.eldercare.chaincode.sim.WorldState;

/**
 * The world state as of the last whole block, for as long as its reader holds it: the reader holds
 * the state's read lock, and the committer applies a block (the compactor compacts) only under the
 * write lock, so the map does not change while it is read, and every page the reader reaches belongs
 * to the current version, which MVStore never frees. Only MVMap's public reads are used.
 */
final class StateSnapshot implements WorldState {

    private final MVMap<StoreKey, Object> map;
    private final Lock held;

    /** The live state, for the committer, whose own writes are the only ones that could change it. */
    StateSnapshot(final MVMap<StoreKey, Object> map) {
        this(map, null);
    }

    /** A reader's view; {@code held} is the read lock it holds, released by {@link #release()}. */
    StateSnapshot(final MVMap<StoreKey, Object> map, final Lock held) {
        this.map = map;
        this.held = held;
    }

    /** Ends the reader's use; the committer may apply the next block once every reader has. */
    void release() {
        if (held != null) {
            held.unlock();
        }
    }

    /** The last block this snapshot includes, -1 for the empty state. */
    long block() {
        final Object applied = map.get(DurableWorldState.APPLIED_BLOCK);
        return applied == null ? -1 : Long.parseLong((String) applied);
    }

    @Override
    public VersionedValue get(final String key) {
        return (VersionedValue) map.get(StoreKey.value(key));
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        return bounded(map.cursor(StoreKey.value(startKey)), endKey);
    }

    /** Follows the key's links from its current (or, deleted, last) version back to its first. */
    @Override
    public List<HistoryEntry> history(final String key) {
        final VersionedValue current = get(key);
        Version version = current != null ? current.version()
                : (Version) map.get(StoreKey.deleted(key));
        final List<HistoryEntry> entries = new ArrayList<>();
        while (version != null) {
            final KeyHistory modification = (KeyHistory) map.get(StoreKey.history(version, key));
            if (modification == null
                    || modification.previous() != null && modification.previous().compareTo(version) >= 0) {
                throw new LedgerCorruption("the history of a key is broken at block " + version.blockNum()
                        + "; run VerifyLedger");
            }
            entries.add(0, modification.entry());
            version = modification.previous();
        }
        return entries;
    }

    @Override
    public void commit(final Version version, final String txId, final Instant timestamp,
            final SortedMap<String, byte[]> writes) {
        throw new UnsupportedOperationException("a snapshot of committed state is read-only");
    }

    /** Every entry of every section in map order, for comparing two states. */
    Iterator<Map.Entry<StoreKey, Object>> entries() {
        final Cursor<StoreKey, Object> cursor = map.cursor(null);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<StoreKey, Object> next() {
                return Map.entry(cursor.next(), cursor.getValue());
            }
        };
    }

    /** The values from a cursor's position up to {@code endKey} (exclusive; empty for no end), as a range scan. */
    static Iterator<KeyedValue> bounded(final Cursor<StoreKey, Object> cursor, final String endKey) {
        return new Iterator<>() {
            private KeyedValue next = advance();

            private KeyedValue advance() {
                if (!cursor.hasNext()) {
                    return null;
                }
                final StoreKey key = cursor.next();
                final boolean inside = key.section() == StoreKey.VALUE
                        && (endKey.isEmpty() || CodePointOrder.compare(key.key(), endKey) < 0);
                return inside ? new KeyedValue(key.key(), (VersionedValue) cursor.getValue()) : null;
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
