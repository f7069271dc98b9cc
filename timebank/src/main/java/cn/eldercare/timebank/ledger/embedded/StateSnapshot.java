package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RootReference;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;
import cn.eldercare.chaincode.sim.WorldState;

/**
 * The world state as of one moment, read without locks: an MVStore map is a copy-on-write B-tree
 * and a root, once taken, never changes. Simulations read the snapshot published after the last
 * committed block, so they always see whole blocks while the committer applies the next one, and
 * the committer never waits for them (a peer makes commits wait for running simulations instead).
 * <p>
 * A published snapshot pins its MVStore version, so that no page it can reach is overwritten while
 * anyone reads it (the store reuses space as soon as it can); it is unpinned when it has been
 * replaced and its last reader has released it.
 */
final class StateSnapshot implements WorldState {

    private final MVMap<StoreKey, Object> map;
    private final MVStore.TxCounter pin;
    private final RootReference<StoreKey, Object> root;
    /** Readers, plus one while it is the published snapshot; 0 once unpinned for good. */
    private final AtomicInteger users = new AtomicInteger(1);

    /** The live state, for the committer, whose own writes are the only ones that could change it. */
    StateSnapshot(final MVMap<StoreKey, Object> map) {
        this.map = map;
        this.pin = null;
        this.root = map.flushAndGetRoot();
    }

    /** A snapshot to publish: the version is pinned before the root is taken, so it covers every page of it. */
    StateSnapshot(final MVStore store, final MVMap<StoreKey, Object> map) {
        this.map = map;
        this.pin = store.registerVersionUsage();
        this.root = map.flushAndGetRoot();
    }

    /** Registers a reader; false when the snapshot was already unpinned (take the newer one). */
    boolean acquire() {
        for (int n = users.get(); n > 0; n = users.get()) {
            if (users.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Ends a reader's use, or the publication; the last one unpins the version. */
    void release() {
        if (users.decrementAndGet() == 0 && pin != null) {
            map.store.deregisterVersionUsage(pin);
        }
    }

    /** The last block this snapshot includes, -1 for the empty state. */
    long block() {
        final Object applied = map.get(root.root, DurableWorldState.APPLIED_BLOCK);
        return applied == null ? -1 : Long.parseLong((String) applied);
    }

    @Override
    public VersionedValue get(final String key) {
        return (VersionedValue) map.get(root.root, StoreKey.value(key));
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        return bounded(map.cursor(root, StoreKey.value(startKey), null, false), endKey);
    }

    /** Follows the key's links from its current (or, deleted, last) version back to its first. */
    @Override
    public List<HistoryEntry> history(final String key) {
        final VersionedValue current = get(key);
        Version version = current != null ? current.version()
                : (Version) map.get(root.root, StoreKey.deleted(key));
        final List<HistoryEntry> entries = new ArrayList<>();
        while (version != null) {
            final KeyHistory modification = (KeyHistory) map.get(root.root, StoreKey.history(version, key));
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
        final Cursor<StoreKey, Object> cursor = map.cursor(root, null, null, false);
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
