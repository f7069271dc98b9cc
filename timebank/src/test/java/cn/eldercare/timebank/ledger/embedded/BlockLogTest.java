package cn.eldercare.timebank.ledger.embedded;

import static cn.eldercare.timebank.ledger.embedded.DurableWorldStateTest.tx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.eldercare.chaincode.sim.ValidationCode;

class BlockLogTest {

    @TempDir
    Path dir;

    @Test
    void blocksChainTheirHashesAndReadBackAsWritten() throws IOException {
        final List<Block> written = new ArrayList<>();
        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            for (int i = 0; i < 5; i++) {
                written.add(append(log, i));
            }
        }
        for (int i = 1; i < written.size(); i++) {
            assertArrayEquals(written.get(i - 1).hash(), written.get(i).previousHash());
        }
        final List<Block> read = readAll(0);
        assertEquals(5, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(i, read.get(i).number());
            assertArrayEquals(written.get(i).hash(), read.get(i).hash());
            assertArrayEquals(BlockCodec.hash(read.get(i).previousHash(), BlockCodec.encode(i,
                    read.get(i).previousHash(), read.get(i).timestamp(), read.get(i).transactions())), read.get(i).hash());
        }
        final BlockTx tx = read.get(3).transactions().get(1);
        assertEquals(ValidationCode.MVCC_READ_CONFLICT, tx.code());
        assertEquals("station", tx.creator().attributes().get("role"));
        assertEquals("value-3", new String(read.get(3).transactions().get(0).writes().get("key-3"), StandardCharsets.UTF_8));
        assertNull(read.get(3).transactions().get(2).writes().get("gone"), "a deletion reads back as a null value");
        assertTrue(read.get(3).transactions().get(2).writes().containsKey("gone"));
    }

    @Test
    void segmentsRotateAndReadingAcrossThemResumesAnywhere() throws IOException {
        try (BlockLog log = BlockLog.open(dir, 600, -1)) {
            for (int i = 0; i < 12; i++) {
                append(log, i);
            }
        }
        assertTrue(Segments.list(dir).size() > 3, "small segments rotate");
        assertEquals(List.of(7L, 8L, 9L, 10L, 11L), readAll(7).stream().map(Block::number).toList());
        try (BlockLog log = BlockLog.open(dir, 600, -1)) {
            assertEquals(11, log.head());
            assertEquals(12, append(log, 12).number());
        }
        assertEquals(13, readAll(0).size());
    }

    @Test
    void anUnfinishedLastRecordIsCutOffAndKeptAside() throws IOException {
        final byte[] headHash;
        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            append(log, 0);
            headHash = append(log, 1).hash();
        }
        final Path segment = Segments.list(dir).get(0);
        final long intact = Files.size(segment);
        final byte[] whole = Files.readAllBytes(segment);
        // the process died half-way through writing a third block
        Files.write(segment, Arrays.copyOfRange(whole, 0, (int) (intact / 3)), StandardOpenOption.APPEND);

        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            assertEquals(1, log.head());
            assertArrayEquals(headHash, log.headHash());
            assertEquals(intact, Files.size(segment));
            assertEquals(intact / 3, Files.size(segment.resolveSibling(segment.getFileName() + ".torn-" + intact)));
            assertArrayEquals(headHash, append(log, 2).previousHash());
        }
        assertEquals(3, readAll(0).size());
    }

    @Test
    void aCutShortRecordOfABlockTheStateAppliedIsNeverCutOff() throws IOException {
        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            append(log, 0);
            append(log, 1);
        }
        final Path segment = Segments.list(dir).get(0);
        final long size = Files.size(segment) - 5;
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
        final LedgerCorruption refused = assertThrows(LedgerCorruption.class, () -> BlockLog.open(dir, 1 << 20, 1));
        assertTrue(refused.getMessage().contains("block 1"), refused.getMessage());
        assertEquals(size, Files.size(segment), "nothing was cut");
        try (BlockLog log = BlockLog.open(dir, 1 << 20, 0)) {
            assertEquals(0, log.head(), "with only block 0 applied, block 1 may be the write a crash interrupted");
        }
    }

    @Test
    void aDamagedCompleteRecordIsNeverCutOff() throws IOException {
        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            append(log, 0);
            append(log, 1);
        }
        final Path segment = Segments.list(dir).get(0);
        final byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 20] ^= 1;
        Files.write(segment, bytes);
        final LedgerCorruption refused = assertThrows(LedgerCorruption.class, () -> BlockLog.open(dir, 1 << 20, -1));
        assertTrue(refused.getMessage().contains("block 1"), refused.getMessage());
        assertEquals(bytes.length, Files.size(segment), "nothing was cut");
    }

    @Test
    void anEmptySegmentLeftByACrashAfterRotationIsWrittenNext() throws IOException {
        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            append(log, 0);
        }
        Files.createFile(Segments.file(dir, 1));
        try (BlockLog log = BlockLog.open(dir, 1 << 20, -1)) {
            assertEquals(0, log.head());
            append(log, 1);
        }
        assertEquals(2, readAll(0).size());
        assertTrue(Files.size(Segments.file(dir, 1)) > 0);
    }

    private static Block append(final BlockLog log, final int i) throws IOException {
        return log.append(Instant.ofEpochSecond(1_700_000_000L + i), List.of(
                tx("a" + i, ValidationCode.VALID, "key-" + i, "value-" + i),
                tx("b" + i, ValidationCode.MVCC_READ_CONFLICT, "key-" + i, "lost"),
                tx("c" + i, ValidationCode.VALID, "gone", null)));
    }

    private List<Block> readAll(final long from) throws IOException {
        final List<Block> blocks = new ArrayList<>();
        try (BlockReader reader = new BlockReader(dir, from)) {
            for (Block block = reader.next(); block != null; block = reader.next()) {
                blocks.add(block);
            }
        }
        return blocks;
    }
}
