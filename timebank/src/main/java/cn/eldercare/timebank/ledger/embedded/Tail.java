package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.logging.Logger;

/**
 * The end of a block log: its last segment, last block number and hash. Finding it reads the
 * last segment (the one before it too when the last is still empty). A record cut short at the end
 * is a block the process died writing, never acknowledged: its bytes are kept beside the segment
 * ({@code .torn-<offset>}) and cut off. A damaged record anywhere is {@link LedgerCorruption}.
 */
final class Tail {

    private static final Logger LOG = Logger.getLogger(Tail.class.getName());

    private final Path segment;
    private long head = -1;
    private byte[] hash = new byte[BlockCodec.HASH_BYTES];

    private Tail(final Path segment) {
        this.segment = segment;
    }

    static Tail find(final Path directory) throws IOException {
        final List<Path> segments = Segments.list(directory);
        if (segments.isEmpty()) {
            return new Tail(null);
        }
        final Tail tail = new Tail(segments.get(segments.size() - 1));
        tail.scan(tail.segment, true);
        if (tail.head < 0) {
            if (segments.size() > 1) {
                tail.scan(segments.get(segments.size() - 2), false);
            }
            if (tail.head != Segments.firstBlock(tail.segment) - 1) {
                throw new LedgerCorruption("empty segment " + tail.segment.getFileName() + " does not follow block "
                        + tail.head);
            }
        }
        return tail;
    }

    private void scan(final Path file, final boolean last) throws IOException {
        long expected = Segments.firstBlock(file);
        try (SegmentReader reader = new SegmentReader(file)) {
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                if (frame.status() == Frame.Status.TORN && last) {
                    cut(file, frame.offset());
                } else if (frame.status() != Frame.Status.OK) {
                    throw new LedgerCorruption("block " + expected + " in " + file.getFileName() + " at offset "
                            + frame.offset() + " is " + frame.status() + "; run VerifyLedger");
                } else {
                    final Block block = frame.decode();
                    if (block.number() != expected) {
                        throw new LedgerCorruption("found block " + block.number() + " where block " + expected
                                + " belongs in " + file.getFileName() + "; run VerifyLedger");
                    }
                    head = expected++;
                    hash = block.hash();
                }
            }
        }
    }

    private static void cut(final Path file, final long offset) throws IOException {
        final Path kept = file.resolveSibling(file.getFileName() + ".torn-" + offset);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
                FileChannel copy = FileChannel.open(kept, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            final long size = channel.size();
            channel.transferTo(offset, size - offset, copy);
            copy.force(true);
            channel.truncate(offset);
            channel.force(true);
            LOG.warning(() -> "cut an unfinished block record (" + (size - offset) + " bytes, never acknowledged) off "
                    + file.getFileName() + " at offset " + offset + "; the bytes are kept in " + kept.getFileName());
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

    void advance(final long number, final byte[] newHash) {
        head = number;
        hash = newHash;
    }
}
