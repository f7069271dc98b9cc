package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Brings the world state up to the log on open. The state is saved after the log is forced, so
 * after a crash it may lack the last blocks, which are re-applied; it can never be ahead of the
 * log, and the last block it applied must be the log's block of that number (same hash).
 */
final class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    private Recovery() {
    }

    static void catchUp(final DurableWorldState state, final BlockLog log) throws IOException {
        final long applied = state.appliedBlock();
        if (applied > log.head()) {
            throw new LedgerCorruption("the world state has applied block " + applied + " but the log ends at block "
                    + log.head());
        }
        long replayed = 0;
        try (BlockReader reader = log.reader(Math.max(applied, 0))) {
            for (Block block = reader.next(); block != null; block = reader.next()) {
                if (block.number() == applied) {
                    if (!HexFormat.of().formatHex(block.hash()).equals(state.appliedHash())) {
                        throw new LedgerCorruption("block " + applied + " of the log is not the block the world state "
                                + "applied (hashes differ)");
                    }
                    continue;
                }
                state.apply(block);
                replayed++;
            }
        }
        if (replayed > 0) {
            state.save();
            final long count = replayed;
            LOG.info(() -> "re-applied " + count + " block(s) the world state lacked, up to block " + log.head());
        }
    }
}
