package cn.eldercare.timebank.ledger.embedded;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;
import cn.eldercare.chaincode.sim.WorldState;

/**
 * The world state in an H2 MVStore file: key to value and version, each key's history, and the
 * number and hash of the last block applied. It is derived from the block log and may lag it (the
 * log is what is forced to disk): on open the ledger re-applies the blocks after {@link #appliedBlock()}.
 * Applying is idempotent (a value or history entry is keyed by its height), so a block applied
 * twice changes nothing. Deleting the file rebuilds the state from the log.
 */
public final class DurableWorldState implements WorldState, AutoCloseable {

    private static final String APPLIED_BLOCK = "appliedBlock";
    private static final String APPLIED_HASH = "appliedHash";

    private final MVStore store;
    private final MVMap<String, VersionedValue> values;
    private final MVMap<HistoryKey, HistoryEntry> history;
    private final MVMap<String, String> meta;
    private final AtomicInteger holds = new AtomicInteger();
    private volatile StateSnapshot published;

    private DurableWorldState(final MVStore store) {
        this.store = store;
        values = store.openMap("state", new MVMap.Builder<String, VersionedValue>()
                .keyType(StateKeyType.INSTANCE).valueType(StateValueTypes.Versioned.INSTANCE));
        history = store.openMap("history", new MVMap.Builder<HistoryKey, HistoryEntry>()
                .keyType(HistoryKey.Type.INSTANCE).valueType(StateValueTypes.History.INSTANCE));
        meta = store.openMap("meta");
        publish();
    }

    /**
     * Opens the ledger's state. MVStore commits only when told to ({@link #save()}, between blocks):
     * a background commit in the middle of applying a block could record the block as applied without
     * all its writes, and a commit frees old pages only when the committer chooses to.
     */
    static DurableWorldState open(final Path file) {
        return new DurableWorldState(new MVStore.Builder().fileName(file.toString()).cacheSize(64)
                .autoCommitDisabled().autoCommitBufferSize(0).open());
    }

    /** A throw-away state (a verifier's replay) that MVStore saves in the background to keep the heap small. */
    static DurableWorldState scratch(final Path file) {
        return new DurableWorldState(new MVStore.Builder().fileName(file.toString()).open());
    }

    /** For inspection while nothing else has the file open; changes nothing. */
    static DurableWorldState openReadOnly(final Path file) {
        return new DurableWorldState(new MVStore.Builder().fileName(file.toString()).readOnly().open());
    }

    @Override
    public VersionedValue get(final String key) {
        return values.get(key);
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        return StateSnapshot.bounded(values.cursor(startKey), endKey);
    }

    @Override
    public List<HistoryEntry> history(final String key) {
        final List<HistoryEntry> entries = new ArrayList<>();
        final Cursor<HistoryKey, HistoryEntry> cursor = history.cursor(HistoryKey.first(key));
        while (cursor.hasNext() && cursor.next().key().equals(key)) {
            entries.add(cursor.getValue());
        }
        return entries;
    }

    /** Applies one valid transaction's writes; the committer serialises commits and readers. */
    @Override
    public void commit(final Version version, final String txId, final Instant timestamp,
            final SortedMap<String, byte[]> writes) {
        for (final Map.Entry<String, byte[]> write : writes.entrySet()) {
            final byte[] value = write.getValue();
            if (value == null) {
                values.remove(write.getKey());
            } else {
                values.put(write.getKey(), new VersionedValue(value, version));
            }
            history.put(new HistoryKey(write.getKey(), version.blockNum(), (int) version.txNum()),
                    new HistoryEntry(txId, timestamp, value, value == null));
        }
    }

    /** Applies a block's valid transactions, then records it as applied (last, so a partial save is re-applied). */
    void apply(final Block block) {
        final List<BlockTx> transactions = block.transactions();
        for (int i = 0; i < transactions.size(); i++) {
            final BlockTx tx = transactions.get(i);
            if (tx.isValid()) {
                commit(new Version(block.number(), i), tx.txId(), tx.timestamp(), tx.writes());
            }
        }
        meta.put(APPLIED_HASH, HexFormat.of().formatHex(block.hash()));
        meta.put(APPLIED_BLOCK, Long.toString(block.number()));
    }

    /** Makes what is applied so far the state simulations read ({@link #snapshot()}): call it between blocks. */
    void publish() {
        published = new StateSnapshot(values, history, appliedBlock());
    }

    /** The state as of the last block published, for any number of concurrent readers. */
    StateSnapshot snapshot() {
        return published;
    }

    /**
     * Holds off saves until closed, so that no page of a snapshot taken meanwhile is freed however
     * long it is read (a verification of a large ledger).
     */
    Hold hold() {
        holds.incrementAndGet();
        return holds::decrementAndGet;
    }

    /** A {@link #hold()}, released by closing it. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** Number of the last block applied, -1 for none. */
    long appliedBlock() {
        return Long.parseLong(meta.getOrDefault(APPLIED_BLOCK, "-1"));
    }

    String appliedHash() {
        return meta.get(APPLIED_HASH);
    }

    /**
     * Writes what was applied since the last save to the file (no fsync: the log is what is durable).
     * Saving every block would rewrite each touched B-tree page per block; saving every second
     * writes a page once however many blocks changed it, and recovery re-applies at most that second.
     */
    void save() {
        if (holds.get() == 0) {
            store.commit();
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
