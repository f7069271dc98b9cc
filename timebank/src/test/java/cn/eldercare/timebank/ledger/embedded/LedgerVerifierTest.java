package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.eldercare.chaincode.sim.KeyOrder;
import cn.eldercare.chaincode.sim.VersionedValue;

/** Tampering with a stored block, the chain or the world state is found and located. */
class LedgerVerifierTest {

    @TempDir
    Path dir;
    private long lastBlock;

    /** A ledger of a dozen blocks: set-up, registrations, three services recorded and confirmed. */
    @BeforeEach
    void ledgerWithSomeHistory() {
        try (EmbeddedLedger ledger = EmbeddedLedger.open(EmbeddedLedgerConfig.in(dir), TimeBankClient.CONTRACTS)) {
            EmbeddedNetwork.DEFAULT.bootstrap(ledger);
            final TimeBankClient bank = new TimeBankClient(ledger);
            bank.registerVolunteer("vol-000001");
            bank.registerRecipient("rec-000001");
            final Instant start = Instant.now().minus(Duration.ofHours(20));
            for (int i = 0; i < 3; i++) {
                bank.confirm(bank.submitService("vol-000001", "rec-000001", "s" + i, start.plus(Duration.ofHours(i)), 40));
            }
            lastBlock = ledger.height();
        }
    }

    @Test
    void anUntouchedLedgerVerifies() {
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertTrue(report.ok(), report::describe);
        assertEquals(lastBlock + 1, report.blocks());
        assertEquals(lastBlock, report.appliedBlock());
        assertNull(report.firstBadBlock());
        assertEquals(List.of(), report.notes());
    }

    @Test
    void oneChangedByteInABlockIsReportedWithItsNumber() throws IOException {
        flipOneByteOfBlock(5);
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertFalse(report.ok());
        assertEquals(5L, report.firstBadBlock());
        assertTrue(report.problem().contains("checksum mismatch"), report.problem());
        assertEquals(5, report.blocks(), "blocks 0 to 4 verified, nothing after block 5");
        assertTrue(report.describe().contains("FAILED at block 5") && report.describe().contains("cannot be verified"));
    }

    @Test
    void aChangedBlockWithARecomputedChecksumFailsItsHash() throws IOException {
        rewrite(4, payload -> {
            payload[payload.length / 2] ^= 0x20;
            return payload;
        });
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertEquals(4L, report.firstBadBlock());
        assertTrue(report.problem().contains("hash does not match"), report.problem());
    }

    /** Someone rewrote block 6 consistently (new contents, hash and checksum): block 7 no longer links to it. */
    @Test
    void aForgedBlockBreaksTheLinkOfTheNextOne() throws IOException {
        rewrite(6, this::forged);
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertEquals(7L, report.firstBadBlock());
        assertTrue(report.problem().contains("does not link to block 6"), report.problem());
    }

    /** The last block has no successor to betray it, but the world state was built from the genuine one. */
    @Test
    void aForgedLastBlockDisagreesWithTheWorldState() throws IOException {
        rewrite(lastBlock, this::forged);
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertEquals(lastBlock, report.firstBadBlock());
        assertTrue(report.problem().contains("differs from the log"), report.problem());
    }

    @Test
    void aChangedWorldStateValueIsReportedWithTheKeyAndBlock() {
        final String account = "\u0000tb.account\u0000vol-000001\u0000";
        try (DurableWorldState state = DurableWorldState.open(EmbeddedLedgerConfig.in(dir).stateFile())) {
            final VersionedValue genuine = state.get(account);
            final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
            writes.put(account, new String(genuine.value(), StandardCharsets.UTF_8).replace("\"balance\":120",
                    "\"balance\":9120").getBytes(StandardCharsets.UTF_8));
            state.commit(genuine.version(), "forged", Instant.now(), writes);
            state.save();
        }
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertFalse(report.ok());
        assertTrue(report.problem().contains("world state key ~tb.account~vol-000001~ differs"), report.problem());
        assertEquals(lastBlock, report.firstBadBlock(), "the last confirmation wrote the balance");
    }

    @Test
    void anUnfinishedRecordAtTheEndIsANoteNotAFailure() throws IOException {
        Files.write(segment(), new byte[] {0, 0, 1, 0, 42, 42}, StandardOpenOption.APPEND);
        final VerifyReport report = LedgerVerifier.verify(dir);
        assertTrue(report.ok(), report::describe);
        assertTrue(report.notes().get(0).contains("incomplete record of block"), report.notes()::toString);
    }

    @Test
    void theVerifyCommandNamesTheBlockWithAChangedByteAndFails() throws Exception {
        flipOneByteOfBlock(5);
        final Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VerifyLedger.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        final String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(command.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, command.exitValue(), output);
        assertTrue(output.contains("FAILED at block 5"), output);
    }

    private void flipOneByteOfBlock(final long number) throws IOException {
        final Frame frame = frame(number);
        final long at = frame.offset() + Integer.BYTES + frame.payload().length / 2;
        final ByteBuffer one = ByteBuffer.allocate(1);
        try (var channel = java.nio.channels.FileChannel.open(segment(), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            channel.read(one, at);
            one.put(0, (byte) (one.get(0) ^ 0x20)).rewind();
            channel.write(one, at);
        }
    }

    /** Block {@code number}'s contents changed (a credit raised), re-encoded, re-hashed: a consistent forgery. */
    private byte[] forged(final byte[] payload) {
        final Frame original = new Frame(0, payload, Frame.Status.OK);
        final Block block = original.decode();
        final List<BlockTx> transactions = new ArrayList<>();
        for (final BlockTx tx : block.transactions()) {
            final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
            tx.writes().forEach((key, value) -> writes.put(key, value == null ? null
                    : new String(value, StandardCharsets.UTF_8).replace("40", "400").getBytes(StandardCharsets.UTF_8)));
            transactions.add(new BlockTx(tx.txId(), tx.timestamp(), tx.creator(), tx.function(), writes, tx.code(),
                    tx.eventName(), tx.eventPayload()));
        }
        final byte[] body = BlockCodec.encode(block.number(), block.previousHash(), block.timestamp(), transactions);
        final byte[] hash = BlockCodec.hash(block.previousHash(), body);
        return ByteBuffer.allocate(body.length + hash.length).put(body).put(hash).array();
    }

    private Path segment() throws IOException {
        return Segments.list(EmbeddedLedgerConfig.in(dir).blocks()).get(0);
    }

    private Frame frame(final long number) throws IOException {
        try (SegmentReader reader = new SegmentReader(segment())) {
            for (long i = 0; i < number; i++) {
                reader.next();
            }
            return reader.next();
        }
    }

    /** Replaces block {@code number}'s payload and writes a correct frame (length and CRC) around it. */
    private void rewrite(final long number, final UnaryOperator<byte[]> change) throws IOException {
        final ByteBuffer out = ByteBuffer.allocate((int) Files.size(segment()) * 2);
        try (SegmentReader reader = new SegmentReader(segment())) {
            long i = 0;
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                final byte[] payload = i++ == number ? change.apply(frame.payload().clone()) : frame.payload();
                final CRC32 crc = new CRC32();
                crc.update(payload);
                out.putInt(payload.length).put(payload).putInt((int) crc.getValue());
            }
        }
        Files.write(segment(), java.util.Arrays.copyOf(out.array(), out.position()));
    }
}
