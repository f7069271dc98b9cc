package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.logging.Logger;

/**
 * The end of a block log: its last segment, last block number and hash. Finding it reads the
 * last segment (the one before it too when the last is still empty). A block is acknowledged only
 * once its whole record is forced to disk, so a crash can cut short only a record never
 * acknowledged; bytes lost from a forced record look the same in the log, though. The world state
 * tells them apart where it can: it applies a block only after the block is forced, so a record cut
 * short of a block it has applied is damage ({@link LedgerCorruption}), never cut off. Any other
 * record cut short at the end is kept beside the segment ({@code .torn-<offset>}) and cut off.
 * A damaged record anywhere is {@link LedgerCorruption}.
 */
final class Tail {

    private static final Logger LOG = Logger.getLogger(Tail.class.getName());

    private final Path segment;
    private long head = -1;
    private byte[] hash = new byte[BlockCodec.HASH_BYTES];
    private long lastEventBlock = -1;

    private Tail(final Path segment) {
        this.segment = segment;
    }

    /** @param applied the last block the world state has applied (-1 for none): it was forced whole */
    static Tail find(final Path directory, final long applied) throws IOException {
        final List<Path> segments = Segments.list(directory);
        if (segments.isEmpty()) {
            return new Tail(null);
        }
        final Tail tail = new Tail(segments.get(segments.size() - 1));
        tail.scan(tail.segment, applied);
        if (tail.head < 0) {
            if (segments.size() > 1) {
                tail.scan(segments.get(segments.size() - 2), Long.MIN_VALUE);
            }
            if (tail.head != Segments.firstBlock(tail.segment) - 1) {
                throw new LedgerCorruption("empty segment " + tail.segment.getFileName() + " does not follow block "
                        + tail.head);
            }
        }
        for (int i = segments.size() - 2; tail.lastEventBlock < 0 && i >= 0; i--) {
            tail.findEvents(segments.get(i));
        }
        return tail;
    }

    /** Looks in an earlier segment for the last block with events, when the later ones had none. */
    private void findEvents(final Path file) throws IOException {
        long number = Segments.firstBlock(file);
        try (SegmentReader reader = new SegmentReader(file)) {
            for (Frame frame = reader.next(); frame != null && frame.status() == Frame.Status.OK; frame = reader.next()) {
                if (frame.decode().transactions().stream().anyMatch(tx -> tx.isValid() && tx.hasEvent())) {
                    lastEventBlock = number;
                }
                number++;
            }
        }
    }

    /** @param applied as in {@link #find}; {@link Long#MIN_VALUE} for a segment that is not the last */
    private void scan(final Path file, final long applied) throws IOException {
        long expected = Segments.firstBlock(file);
        try (SegmentReader reader = new SegmentReader(file)) {
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                if (frame.status() == Frame.Status.TORN && expected <= applied) {
                    throw new LedgerCorruption("the record of block " + expected + " in " + file.getFileName()
                            + " at offset " + frame.offset() + " ends early, but the world state has applied block "
                            + applied + ": that block was forced to disk whole before it was acknowledged, so its "
                            + "bytes were lost afterwards, not in a crash. Nothing was cut; restore the segment "
                            + "from a backup, then run VerifyLedger");
                } else if (frame.status() == Frame.Status.TORN && applied != Long.MIN_VALUE) {
                    cut(file, frame.offset(), expected, applied);
                } else if (frame.status() != Frame.Status.OK) {
                    throw new LedgerCorruption("block " + expected + " in " + file.getFileName() + " at offset "
                            + frame.offset() + " is " + frame.status() + "; run VerifyLedger");
                } else {
                    final Block block = frame.decode();
                    if (block.number() != expected) {
                        throw new LedgerCorruption("found block " + block.number() + " where block " + expected
                                + " belongs in " + file.getFileName() + "; run VerifyLedger");
                    }
                    if (block.transactions().stream().anyMatch(tx -> tx.isValid() && tx.hasEvent())) {
                        lastEventBlock = expected;
                    }
                    head = expected++;
                    hash = block.hash();
                }
            }
        }
    }

    private static void cut(final Path file, final long offset, final long block, final long applied)
            throws IOException {
        final Path kept = file.resolveSibling(file.getFileName() + ".torn-" + offset);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
                FileChannel copy = FileChannel.open(kept, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            final long size = channel.size();
            channel.transferTo(offset, size - offset, copy);
            copy.force(true);
            channel.truncate(offset);
            channel.force(true);
            LOG.warning(() -> "cut the incomplete record of block " + block + " (" + (size - offset) + " bytes) off "
                    + file.getFileName() + " at offset " + offset + ": nothing durable says it was acknowledged (the "
                    + "world state has applied up to block " + applied + "), and a crash while it was being written "
                    + "leaves such a record; the bytes are kept in " + kept.getFileName());
        }
    }

    Path segment() {
        return segment;
    }

    long head() {
        return head;
    }

    byte[] hash() {
        return hash;
    }

    /** The last block with events when the log was opened (-1 for none): what a listener must get to. */
    long lastEventBlock() {
        return lastEventBlock;
    }

    void advance(final long number, final byte[] newHash) {
        head = number;
        hash = newHash;
    }
}
