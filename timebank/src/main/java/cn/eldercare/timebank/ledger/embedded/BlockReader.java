package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the blocks of a log in order, from a given block on, across segments. Used for recovery
 * and event replay, which read only blocks the log has forced: any record that does not read
 * whole and intact there is damage, reported as {@link LedgerCorruption}.
 */
final class BlockReader implements AutoCloseable {

    private final Path directory;
    private final long from;
    private SegmentReader segment;
    private long expected;

    BlockReader(final Path directory, final long from) throws IOException {
        this.directory = directory;
        this.from = Math.max(from, 0);
        final List<Path> segments = Segments.list(directory);
        if (!segments.isEmpty()) {
            final Path first = segments.get(Segments.holding(segments, this.from));
            segment = new SegmentReader(first);
            expected = Segments.firstBlock(first);
        }
    }

    /** The next block at or after the starting one, or null when the log has no more (yet). */
    Block next() throws IOException {
        while (true) {
            final Frame frame = nextFrame();
            if (frame == null) {
                return null;
            }
            if (frame.status() != Frame.Status.OK) {
                throw new LedgerCorruption("block " + expected + " cannot be read (" + frame.status()
                        + " at offset " + frame.offset() + "); run VerifyLedger");
            }
            final Block block = frame.decode();
            if (block.number() != expected) {
                throw new LedgerCorruption("expected block " + expected + " but found block " + block.number());
            }
            expected++;
            if (block.number() >= from) {
                return block;
            }
        }
    }

    /** Moves to the next segment when this one is read (or none was open) and the next block starts one. */
    private Frame nextFrame() throws IOException {
        final Frame frame = segment == null ? null : segment.next();
        if (frame != null) {
            return frame;
        }
        final Path following = Segments.file(directory, expected);
        if (!following.toFile().isFile()) {
            return null;
        }
        close();
        segment = new SegmentReader(following);
        return segment.next();
    }

    @Override
    public void close() throws IOException {
        if (segment != null) {
            segment.close();
        }
    }
}
