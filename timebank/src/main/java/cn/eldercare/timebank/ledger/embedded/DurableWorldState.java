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
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 * it: it is saved about once a second, and on open the ledger re-applies the blocks after
 * {@link #appliedBlock()}. Deleting the file rebuilds it from the log.
 * <p>
 * Simulations read it under a read lock ({@link #acquire()}); a block is applied, and the file
 * compacted, under the write lock, so a reader sees whole blocks and only pages of the current
 * version. MVStore's own background writer is off: its housekeeping rewrites pages outside that lock.
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
    private static final int SAVE_MILLIS = 1_000;
    private static final int COMPACT_SECONDS = 2;
    private static final int COMPACT_FILL_PERCENT = 80;
    private static final int COMPACT_WRITE_BYTES = 32 << 20;

    private final MVStore store;
    private final MVMap<StoreKey, Object> map;
    private final ScheduledExecutorService compactor;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private DurableWorldState(final MVStore store) {
        this.store = store;
        this.map = store.openMap("worldstate", new MVMap.Builder<StoreKey, Object>()
                .keyType(StoreKey.Type.INSTANCE).valueType(StoreValueType.INSTANCE));
        if (store.isReadOnly()) {
            compactor = null;
        } else {
            // readers read only the current version, which is never freed, so space is reused at once
            store.setRetentionTime(0);
            compactor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                final Thread thread = new Thread(runnable, "embedded-ledger-state-compactor");
                thread.setDaemon(true);
                return thread;
            });
            compactor.scheduleWithFixedDelay(this::saveInBackground, SAVE_MILLIS, SAVE_MILLIS, TimeUnit.MILLISECONDS);
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
                .autoCommitDisabled().open());
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
        lock.writeLock().lock();
        try {
            store.compact(COMPACT_FILL_PERCENT, COMPACT_WRITE_BYTES);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "compacting the world state file failed; it will be tried again", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A save writes new pages and frees dead ones only, never one of the current version: no lock. */
    private void saveInBackground() {
        try {
            store.commit();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "saving the world state file failed; it will be tried again", e);
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

    /**
     * Applies a block's valid transactions, then records it as applied (the hash first, the number
     * last), under the write lock: it waits for the readers holding the state, and readers wait for it.
     */
    void apply(final Block block) {
        lock.writeLock().lock();
        try {
            final List<BlockTx> transactions = block.transactions();
            for (int i = 0; i < transactions.size(); i++) {
                final BlockTx tx = transactions.get(i);
                if (tx.isValid()) {
                    commit(new Version(block.number(), i), tx.txId(), tx.timestamp(), tx.writes());
                }
            }
            map.put(APPLIED_HASH, HexFormat.of().formatHex(block.hash()));
            map.put(APPLIED_BLOCK, Long.toString(block.number()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The state as of the last block applied, unchanged until the caller {@link StateSnapshot#release()}s
     * it on the same thread; hold it briefly, as the next block waits for it.
     */
    StateSnapshot acquire() {
        final Lock read = lock.readLock();
        read.lock();
        return new StateSnapshot(map, read);
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
        store.close();
    }
}
