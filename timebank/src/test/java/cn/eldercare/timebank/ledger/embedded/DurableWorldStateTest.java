package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.InMemoryWorldState;
import cn.eldercare.chaincode.sim.KeyOrder;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.ValidationCode;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.WorldState;

/** The durable state answers exactly like the chaincode's in-memory reference state, before and after reopening. */
class DurableWorldStateTest {

    private static final String[] KEYS = {"\u0000tb.account\u0000vol-1\u0000", "\u0000tb.account\u0000vol-2\u0000",
        "\u0000tb.account\u0000\uE000\u0000", "\u0000tb.account\u0000\uD83D\uDE00\u0000", "\u0000tb.config\u0000",
        "\u0000tb.pool\u0000t1\u00001\u0000", "plain", "plain2", "z"};

    @TempDir
    Path dir;

    @Test
    void answersLikeTheInMemoryStateAcrossReopening() {
        final InMemoryWorldState reference = new InMemoryWorldState();
        final Random random = new Random(11);
        try (DurableWorldState state = DurableWorldState.open(dir.resolve("s.mv.db"))) {
            for (long block = 0; block < 200; block++) {
                final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
                for (int w = random.nextInt(3); w >= 0; w--) {
                    final String key = KEYS[random.nextInt(KEYS.length)];
                    writes.put(key, random.nextInt(4) == 0 ? null : ("v" + block).getBytes(StandardCharsets.UTF_8));
                }
                final Instant at = Instant.ofEpochSecond(1_700_000_000L + block, 123);
                reference.commit(new Version(block, 0), "tx" + block, at, writes);
                state.commit(new Version(block, 0), "tx" + block, at, writes);
            }
            state.save();
            assertSame(reference, state);
        }
        try (DurableWorldState reopened = DurableWorldState.open(dir.resolve("s.mv.db"))) {
            assertSame(reference, reopened);
        }
    }

    @Test
    void appliesOnlyValidTransactionsAndRecordsTheBlock() throws InterruptedException {
        final Block block = new Block(0, new byte[32], Instant.EPOCH, List.of(
                tx("t0", ValidationCode.VALID, "k1", "one"),
                tx("t1", ValidationCode.MVCC_READ_CONFLICT, "k2", "never"),
                tx("t2", ValidationCode.VALID, "k1", "two")), new byte[] {1, 2});
        try (DurableWorldState state = DurableWorldState.open(dir.resolve("s.mv.db"))) {
            assertEquals(-1, state.appliedBlock());
            state.apply(block);
            assertEquals(0, state.appliedBlock());
            assertEquals("0102", state.appliedHash());
            assertArrayEquals("two".getBytes(StandardCharsets.UTF_8), state.get("k1").value());
            assertEquals(new Version(0, 2), state.get("k1").version());
            assertNull(state.get("k2"), "an invalid transaction is never applied");
            assertEquals(List.of("t0", "t2"), state.history("k1").stream().map(HistoryEntry::txId).toList());
            final StateSnapshot before = state.acquire();
            final Thread committer = new Thread(() -> state.apply(new Block(1, block.hash(), Instant.EPOCH,
                    List.of(tx("t3", ValidationCode.VALID, "k1", "three")), new byte[] {3})));
            committer.start();
            committer.join(300);
            assertTrue(committer.isAlive(), "the next block waits for the reader");
            assertEquals(0, before.block(), "a snapshot never changes");
            assertEquals(new Version(0, 2), before.get("k1").version());
            before.release();
            committer.join();
            final StateSnapshot after = state.acquire();
            assertEquals(1, after.block());
            assertEquals(new Version(1, 0), after.get("k1").version());
            after.release();
        }
    }

    /** MVStore may have saved part of a block (a prefix of its writes): applying the whole block completes it. */
    @Test
    void reapplyingAPartlySavedBlockCompletesItWithoutLoopingTheHistory() {
        final BlockTx first = tx("t0", ValidationCode.VALID, "k1", "one");
        final Block block = new Block(3, new byte[32], Instant.EPOCH, List.of(first,
                tx("t1", ValidationCode.VALID, "k1", null), tx("t2", ValidationCode.VALID, "k1", "three")), new byte[] {3});
        try (DurableWorldState state = DurableWorldState.open(dir.resolve("s.mv.db"))) {
            state.commit(new Version(3, 0), first.txId(), first.timestamp(), first.writes());
            state.apply(block);
            state.apply(block);
            assertEquals(List.of("t0:false", "t1:true", "t2:false"), state.history("k1").stream()
                    .map(e -> e.txId() + ":" + e.deleted()).toList());
            assertArrayEquals("three".getBytes(StandardCharsets.UTF_8), state.get("k1").value());
        }
    }

    static BlockTx tx(final String txId, final ValidationCode code, final String key, final String value) {
        final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
        writes.put(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        return new BlockTx(txId, Instant.ofEpochSecond(1_700_000_000L), new SimIdentity("StationMSP", "s1",
                Map.of("role", "station")), "test:Write", writes, code, null, null);
    }

    private static void assertSame(final WorldState expected, final WorldState actual) {
        final String[] bounds = {"", "\u0000tb.account\u0000", "\u0000tb.account\u0000\uDBFF\uDFFF", "plain", "z"};
        for (final String from : bounds) {
            for (final String to : bounds) {
                if (to.isEmpty() || KeyOrder.INSTANCE.compare(from, to) <= 0) {
                    assertEquals(keys(expected.range(from, to)), keys(actual.range(from, to)), from + ".." + to);
                }
            }
        }
        for (final String key : KEYS) {
            final var want = expected.get(key);
            final var have = actual.get(key);
            assertEquals(want == null, have == null, key);
            if (want != null) {
                assertArrayEquals(want.value(), have.value());
                assertEquals(want.version(), have.version());
            }
            assertEquals(expected.history(key).stream().map(e -> e.txId() + e.timestamp() + e.deleted()).toList(),
                    actual.history(key).stream().map(e -> e.txId() + e.timestamp() + e.deleted()).toList());
        }
    }

    private static List<String> keys(final Iterator<KeyedValue> range) {
        final List<String> keys = new ArrayList<>();
        range.forEachRemaining(kv -> keys.add(kv.key() + "@" + kv.value().version()));
        return keys;
    }
}
