package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.eldercare.chaincode.sim.KeyOrder;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.ValidationCode;

/**
 * Readers of the state see whole blocks while the committer applies block after block, saves
 * and the state's compactor rewrites and frees chunks: each transfer keeps the total and each
 * transaction counts itself, so a snapshot must hold every account, the opening total and every
 * transaction of its block. A page reused under a reader shows as a wrong or unreadable entry; the
 * accounts outgrow the 16 MB page cache, so readers of older snapshots read pages from the file.
 * Whether the file reuses a chunk during one run depends on timing, so a pass is no proof of that.
 */
class SnapshotIsolationTest {

    private static final int ACCOUNTS = 12_000;
    private static final long OPENING_BALANCE = 1_000;
    private static final int READERS = 2;
    /** Longer than two rounds of the state's compactor (every 2 s). */
    private static final long COMMITTING_NANOS = TimeUnit.SECONDS.toNanos(7);
    private static final int BLOCK_TRANSACTIONS = 8;
    /** Each save is a new MVStore version and chunk, and leaves pages of the older ones dead. */
    private static final int SAVE_EVERY = 5;
    /** Each transaction of a block counts itself here, so a snapshot of block n must show 8 n. */
    private static final String COUNTER = "counter";
    private static final SimIdentity STATION = new SimIdentity("StationMSP", "s1", Map.of("role", "station"));

    @TempDir
    Path dir;

    @Test
    void readersSeeWholeBlocksWhileTheCommitterAppliesSavesAndCompacts() throws InterruptedException {
        final Random random = new Random(7);
        final String filler = Base64.getEncoder().encodeToString(randomBytes(random, 1_500));
        final AtomicBoolean committing = new AtomicBoolean(true);
        final AtomicLong scans = new AtomicLong();
        final Set<Long> blocksSeen = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try (DurableWorldState state = DurableWorldState.open(dir.resolve("s.mv.db"))) {
            final long[] balances = new long[ACCOUNTS];
            final SortedMap<String, byte[]> opening = new TreeMap<>(KeyOrder.INSTANCE);
            for (int i = 0; i < ACCOUNTS; i++) {
                balances[i] = OPENING_BALANCE;
                opening.put(account(i), balance(OPENING_BALANCE, filler));
            }
            opening.put(COUNTER, text(0));
            state.apply(block(0, List.of(tx("open", opening))));
            state.save();
            final List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                final Thread reader = new Thread(() -> read(state, committing, scans, blocksSeen, failures));
                reader.start();
                readers.add(reader);
            }
            final long start = System.nanoTime();
            long number = 1;
            while (failures.isEmpty() && System.nanoTime() - start < COMMITTING_NANOS) {
                final List<BlockTx> transactions = new ArrayList<>();
                for (int t = 0; t < BLOCK_TRANSACTIONS; t++) {
                    final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
                    final long amount = 1 + random.nextInt(50);
                    final int from = random.nextInt(ACCOUNTS);
                    final int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    balances[from] -= amount;
                    balances[to] += amount;
                    writes.put(account(from), balance(balances[from], filler));
                    writes.put(account(to), balance(balances[to], filler));
                    writes.put(COUNTER, text(BLOCK_TRANSACTIONS * (number - 1) + t + 1));
                    transactions.add(tx("b" + number + "t" + t, writes));
                }
                state.apply(block(number, transactions));
                    if (number % SAVE_EVERY == 0) {
                    state.save();
                }
                number++;
            }
            committing.set(false);
            for (final Thread reader : readers) {
                reader.join();
            }
        }
        failures.forEach(Throwable::printStackTrace);
        assertTrue(failures.isEmpty(), failures.size() + " reader(s) saw a broken snapshot: " + failures.peek());
        assertTrue(scans.get() >= READERS, "readers scanned " + scans.get() + " times");
        assertTrue(blocksSeen.size() > 1, "readers saw only block(s) " + blocksSeen + "; the test proved nothing");
    }

    /**
     * Scans whole snapshots until the committer stops: every transaction of the snapshot's block counted,
     * every account, balances adding up to the opening total (a transfer keeps it), no version past
     * the snapshot's block.
     */
    private static void read(final DurableWorldState state, final AtomicBoolean committing, final AtomicLong scans,
            final Set<Long> blocksSeen, final ConcurrentLinkedQueue<Throwable> failures) {
        try {
            while (committing.get()) {
                final StateSnapshot snapshot = state.acquire();
                try {
                    final long block = snapshot.block();
                    assertEquals(BLOCK_TRANSACTIONS * block, number(snapshot.get(COUNTER).value()),
                            "transactions counted in the snapshot of block " + block);
                    long total = 0;
                    int accounts = 0;
                    final Iterator<KeyedValue> range = snapshot.range("acct-", "acct.");
                    while (range.hasNext()) {
                        final KeyedValue entry = range.next();
                        assertTrue(entry.value().version().blockNum() <= block,
                                entry.key() + " written after block " + block);
                        total += number(entry.value().value());
                        accounts++;
                    }
                    assertEquals(ACCOUNTS, accounts, "accounts in the snapshot of block " + block);
                    assertEquals(ACCOUNTS * OPENING_BALANCE, total, "total in the snapshot of block " + block);
                    blocksSeen.add(block);
                    scans.incrementAndGet();
                } finally {
                    snapshot.release();
                }
            }
        } catch (RuntimeException | AssertionError e) {
            failures.add(e);
        }
    }

    private static String account(final int i) {
        return String.format("acct-%05d", i);
    }

    /** The balance in front, then filler that makes the pages large. */
    private static byte[] balance(final long amount, final String filler) {
        return (amount + ":" + filler).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] text(final long number) {
        return Long.toString(number).getBytes(StandardCharsets.UTF_8);
    }

    private static long number(final byte[] value) {
        final String text = new String(value, StandardCharsets.UTF_8);
        final int end = text.indexOf(':');
        return Long.parseLong(end < 0 ? text : text.substring(0, end));
    }

    private static byte[] randomBytes(final Random random, final int length) {
        final byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static BlockTx tx(final String txId, final SortedMap<String, byte[]> writes) {
        return new BlockTx(txId, Instant.ofEpochSecond(1_700_000_000L), STATION, "test:Transfer", writes,
                ValidationCode.VALID, null, null);
    }

    private static Block block(final long number, final List<BlockTx> transactions) {
        return new Block(number, new byte[32], Instant.ofEpochSecond(1_700_000_000L + number), transactions,
                new byte[] {(byte) number});
    }
}
