package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a block log from block 0 and checks every record: framing and CRC, the block number
 * sequence (and segment names), each block's previous-block hash against the hash of the block
 * before it, and its own hash against its contents; replays the valid writes into a state as it
 * goes. It stops at the first block that fails: nothing after a broken link can be trusted.
 */
final class ChainWalk implements AutoCloseable {

    private final Path blocks;
    private final DurableWorldState replay;
    private final List<String> notes = new ArrayList<>();
    private List<Path> segments;
    private int segmentIndex = -1;
    private SegmentReader reader;
    private byte[] previousHash = new byte[BlockCodec.HASH_BYTES];
    private long expected;
    private long transactions;
    private long invalid;
    private boolean torn;
    private String problem;

    ChainWalk(final Path blocks, final DurableWorldState replay) throws IOException {
        this.blocks = blocks;
        this.segments = Segments.list(blocks);
        this.replay = replay;
    }

    /** Checks and replays blocks up to {@code lastBlock} (or the end of the log, or the first problem). */
    void through(final long lastBlock) throws IOException {
        while (problem == null && !torn && expected <= lastBlock) {
            final Frame frame = nextFrame();
            if (frame == null) {
                return;
            }
            check(frame);
        }
    }

    /** The next record, moving on to the next segment (listing them again, the log may have grown); null at the end. */
    private Frame nextFrame() throws IOException {
        while (true) {
            final Frame frame = reader == null ? null : reader.next();
            if (frame != null) {
                return frame;
            }
            if (segmentIndex + 1 >= segments.size()) {
                segments = Segments.list(blocks);
            }
            if (segmentIndex + 1 >= segments.size()) {
                return null;
            }
            close();
            final Path segment = segments.get(++segmentIndex);
            reader = new SegmentReader(segment);
            if (Segments.firstBlock(segment) != expected) {
                problem = "segment " + segment.getFileName() + " should start with block " + expected;
                return null;
            }
        }
    }

    private void check(final Frame frame) {
        final String where = segments.get(segmentIndex).getFileName() + " at offset " + frame.offset();
        if (frame.status() == Frame.Status.TORN) {
            if (segmentIndex == segments.size() - 1) {
                notes.add("the log ends in an incomplete record of block " + expected + " (" + where + "): a block "
                        + "being written when the process stopped, or bytes lost from the last block; when the ledger "
                        + "next opens it cuts the record off if the world state has not applied that block, and "
                        + "refuses to open if it has");
                torn = true;
            } else {
                problem = "block " + expected + " (" + where + ") is cut short inside a closed segment";
            }
            return;
        }
        if (frame.status() == Frame.Status.BAD_CRC) {
            problem = "block " + expected + " (" + where + "): checksum mismatch, its stored bytes were altered or damaged";
            return;
        }
        final Block block;
        try {
            block = frame.decode();
        } catch (IllegalArgumentException e) {
            problem = "block " + expected + " (" + where + ") cannot be decoded: " + e.getMessage();
            return;
        }
        if (block.number() != expected) {
            problem = "block " + block.number() + " (" + where + ") stands where block " + expected + " belongs";
        } else if (!Arrays.equals(block.previousHash(), previousHash)) {
            problem = "block " + expected + " (" + where + ") does not link to block " + (expected - 1)
                    + ": its previous-block hash differs";
        } else if (!Arrays.equals(BlockCodec.hash(previousHash, frame.body()), block.hash())) {
            problem = "block " + expected + " (" + where + "): its hash does not match its contents";
        } else {
            replay.apply(block);
            transactions += block.transactions().size();
            invalid += block.transactions().stream().filter(tx -> !tx.isValid()).count();
            previousHash = block.hash();
            expected++;
        }
    }

    /** Blocks checked so far (all of them once the walk ended without a problem); the next expected number. */
    long checked() {
        return expected;
    }

    long transactions() {
        return transactions;
    }

    long invalid() {
        return invalid;
    }

    String headHash() {
        return HexFormat.of().formatHex(previousHash);
    }

    String problem() {
        return problem;
    }

    List<String> notes() {
        return notes;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
