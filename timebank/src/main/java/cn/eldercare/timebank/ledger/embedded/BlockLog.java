package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * The append-only block log: framed records (length, payload, CRC-32) in segment files, each
 * payload a block's canonical bytes and its hash. A block is appended and forced to disk as one
 * write and one {@code force}: a transaction is acknowledged only after that, so a crash can leave
 * at most one unfinished record at the very end, which {@link #open} cuts off unless the world
 * state has applied that block ({@link Tail}).
 */
final class BlockLog implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BlockLog.class.getName());

    private final Path directory;
    private final long segmentBytes;
    private final Tail tail;
    private FileChannel current;

    private BlockLog(final Path directory, final long segmentBytes, final Tail tail) throws IOException {
        this.directory = directory;
        this.segmentBytes = segmentBytes;
        this.tail = tail;
        if (tail.segment() != null) {
            current = FileChannel.open(tail.segment(), StandardOpenOption.WRITE);
            current.position(current.size());
        }
    }

    /**
     * Opens (creating) the log in {@code directory}, cutting off a torn last record of a block after
     * {@code applied}, the last block the world state has applied (-1 for none).
     */
    static BlockLog open(final Path directory, final long segmentBytes, final long applied) throws IOException {
        Files.createDirectories(directory);
        return new BlockLog(directory, segmentBytes, Tail.find(directory, applied));
    }

    /** Number of the last block, -1 while the log is empty. */
    long head() {
        return tail.head();
    }

    /** The last block with events when the log was opened, -1 for none. */
    long lastEventBlockAtOpen() {
        return tail.lastEventBlock();
    }

    byte[] headHash() {
        return tail.hash().clone();
    }

    Path directory() {
        return directory;
    }

    /** Appends the next block and forces it to disk; returns it once it is durable. */
    Block append(final Instant timestamp, final List<BlockTx> transactions) throws IOException {
        final long number = tail.head() + 1;
        final byte[] previousHash = tail.hash();
        final byte[] body = BlockCodec.encode(number, previousHash, timestamp, transactions);
        final byte[] hash = BlockCodec.hash(previousHash, body);
        if (current == null || current.size() >= segmentBytes) {
            startSegment(number);
        }
        final int length = body.length + hash.length;
        final ByteBuffer frame = ByteBuffer.allocate(length + Frame.OVERHEAD);
        frame.putInt(length).put(body).put(hash);
        final CRC32 crc = new CRC32();
        crc.update(frame.array(), Integer.BYTES, length);
        frame.putInt((int) crc.getValue()).flip();
        while (frame.hasRemaining()) {
            current.write(frame);
        }
        current.force(false);
        tail.advance(number, hash);
        return new Block(number, previousHash, timestamp, transactions, hash);
    }

    /** A new segment is only found after a crash if its directory entry is durable too. */
    private void startSegment(final long firstBlock) throws IOException {
        if (current != null) {
            current.close();
        }
        current = FileChannel.open(Segments.file(directory, firstBlock), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
        LOG.fine(() -> "block log segment starts at block " + firstBlock);
    }

    BlockReader reader(final long fromBlock) throws IOException {
        return new BlockReader(directory, fromBlock);
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
