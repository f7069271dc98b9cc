package cn.eldercare.timebank.ledger.embedded;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;
import cn.eldercare.chaincode.sim.WorldState;

/**
 * The world state in an H2 MVStore file: each key's value and version, every modification in commit
 * order (each linked to the key's one before), the last version of deleted keys (where their
 * history starts) and the number and hash of the last block applied, all in one map
 * ({@link StoreKey}). It is derived from the block log, which is what is forced to disk, and may lag
 * it: MVStore saves it in the background about once a second, and on open the ledger re-applies the
 * blocks after {@link #appliedBlock()}. Deleting the file rebuilds it from the log.
 * <p>
 * One map, because MVStore saves a map as of one moment, so what reaches the file is always a
 * prefix of the committer's writes in order, even in the middle of a block; applying is idempotent,
 * so re-applying such a partly saved block completes it. Several maps would be saved each as of a
 * different moment.
 */
public final class DurableWorldState implements WorldState, AutoCloseable {

    static final StoreKey APPLIED_BLOCK = StoreKey.meta("appliedBlock");
    static final StoreKey APPLIED_HASH = StoreKey.meta("appliedHash");
    private static final Logger LOG = Logger.getLogger(DurableWorldState.class.getName());
    /** Unsaved changes MVStore lets pile up before saving on the writing thread instead of its own. */
    private static final int UNSAVED_KB = 64 * 1024;
    private static final int COMPACT_SECONDS = 2;
    private static final int COMPACT_FILL_PERCENT = 80;
    private static final int COMPACT_WRITE_BYTES = 32 << 20;

    private final MVStore store;
    private final MVMap<StoreKey, Object> map;
    private final ScheduledExecutorService compactor;
    private volatile StateSnapshot published;

    private DurableWorldState(final MVStore store) {
        this.store = store;
        this.map = store.openMap("worldstate", new MVMap.Builder<StoreKey, Object>()
                .keyType(StoreKey.Type.INSTANCE).valueType(StoreValueType.INSTANCE));
        publish();
        if (store.isReadOnly()) {
            compactor = null;
        } else {
            // readers pin what they read, so space is reused at once instead of after MVStore's 45 s
            store.setRetentionTime(0);
            compactor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                final Thread thread = new Thread(runnable, "embedded-ledger-state-compactor");
                thread.setDaemon(true);
                return thread;
            });
            compactor.scheduleWithFixedDelay(this::compact, COMPACT_SECONDS, COMPACT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Pages compressed (LZF): the values are JSON and compress well, which took the file from about 15 KB to
     * about 5 KB per transaction ({@code LedgerBytes}, BENCHMARKS.md). A 16 MB page cache: it counts against
     * the server's heap, and the pages simulations read are mostly the recently written ones, still in memory.
     */
    static DurableWorldState open(final Path file) {
        return new DurableWorldState(new MVStore.Builder().fileName(fileName(file)).cacheSize(16).compress()
                .autoCommitBufferSize(UNSAVED_KB).open());
    }

    /** For inspection while nothing else has the file open; changes nothing. */
    static DurableWorldState openReadOnly(final Path file) {
        return new DurableWorldState(new MVStore.Builder().fileName(fileName(file)).readOnly().open());
    }

    /**
     * An interrupt during I/O closes a {@code FileChannel}, which would break the store for every
     * thread; request threads do get interrupted (a client gone, a timeout), so H2's {@code retry:}
     * file system reopens the channel instead.
     */
    private static String fileName(final Path file) {
        return "retry:" + file.toAbsolutePath();
    }

    /**
     * Random inserts leave most saved chunks partly dead, and MVStore's own housekeeping waits for
     * an idle moment that a busy ledger never has: rewrite the emptiest chunks every few seconds, a
     * bounded amount at a time, so the file stays within a small multiple of the live data.
     */
    private void compact() {
        try {
            store.compact(COMPACT_FILL_PERCENT, COMPACT_WRITE_BYTES);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "compacting the world state file failed; it will be tried again", e);
        }
    }

    @Override
    public VersionedValue get(final String key) {
        return (VersionedValue) map.get(StoreKey.value(key));
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        return StateSnapshot.bounded(map.cursor(StoreKey.value(startKey)), endKey);
    }

    @Override
    public List<HistoryEntry> history(final String key) {
        return new StateSnapshot(map).history(key);
    }

    /**
     * Applies one valid transaction's writes; only the committer writes. The history entry goes
     * first and keeps the link to the key's previous version, so that re-applying a write whose
     * entry was saved reuses that link instead of linking the key's version to itself.
     */
    @Override
    public void commit(final Version version, final String txId, final Instant timestamp,
            final SortedMap<String, byte[]> writes) {
        for (final Map.Entry<String, byte[]> write : writes.entrySet()) {
            final String key = write.getKey();
            final byte[] value = write.getValue();
            final StoreKey at = StoreKey.history(version, key);
            final KeyHistory applied = (KeyHistory) map.get(at);
            if (applied == null) {
                map.put(at, new KeyHistory(txId, timestamp, value, lastVersion(key)));
            }
            if (value == null) {
                map.remove(StoreKey.value(key));
                map.put(StoreKey.deleted(key), version);
            } else {
                map.put(StoreKey.value(key), new VersionedValue(value, version));
                map.remove(StoreKey.deleted(key));
            }
        }
    }

    private Version lastVersion(final String key) {
        final VersionedValue current = get(key);
        return current != null ? current.version() : (Version) map.get(StoreKey.deleted(key));
    }

    /** Applies a block's valid transactions, then records it as applied (the hash first, the number last). */
    void apply(final Block block) {
        final List<BlockTx> transactions = block.transactions();
        for (int i = 0; i < transactions.size(); i++) {
            final BlockTx tx = transactions.get(i);
            if (tx.isValid()) {
                commit(new Version(block.number(), i), tx.txId(), tx.timestamp(), tx.writes());
            }
        }
        map.put(APPLIED_HASH, HexFormat.of().formatHex(block.hash()));
        map.put(APPLIED_BLOCK, Long.toString(block.number()));
    }

    /** Makes what is applied so far the state simulations read ({@link #acquire()}): call it between blocks. */
    void publish() {
        final StateSnapshot previous = published;
        published = new StateSnapshot(store, map);
        if (previous != null) {
            previous.release();
        }
    }

    /** The state as of the last block published, pinned until the caller {@link StateSnapshot#release()}s it. */
    StateSnapshot acquire() {
        while (true) {
            final StateSnapshot snapshot = published;
            if (snapshot.acquire()) {
                return snapshot;
            }
        }
    }

    /** Number of the last block applied, -1 for none. */
    long appliedBlock() {
        return new StateSnapshot(map).block();
    }

    String appliedHash() {
        return (String) map.get(APPLIED_HASH);
    }

    /** Writes what is applied to the file now (no fsync: the log is what is durable). */
    void save() {
        store.commit();
    }

    @Override
    public void close() {
        if (compactor != null) {
            compactor.shutdown();
            try {
                compactor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        published.release();
        store.close();
    }
}
