package cn.eldercare.timebank.ledger.embedded;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Settings of an embedded ledger; {@link #in(Path)} gives the defaults.
 *
 * @param directory            holds {@code blocks/} (the log) and {@code state.mv.db} (the world state)
 * @param network              MSP ids and channel name
 * @param clock                transaction timestamps (the contract's only clock) and block times
 * @param maxBlockTransactions upper bound of a block; a block holds whatever was queued meanwhile
 * @param maxAttempts          simulations of one submit before MVCC conflicts are given up on
 * @param commitTimeout        how long a submitter waits for its block
 * @param segmentBytes         a log segment is closed once it reaches this size
 */
public record EmbeddedLedgerConfig(Path directory, EmbeddedNetwork network, Clock clock, int maxBlockTransactions,
        int maxAttempts, Duration commitTimeout, long segmentBytes) {

    public static EmbeddedLedgerConfig in(final Path directory) {
        return new EmbeddedLedgerConfig(directory, EmbeddedNetwork.DEFAULT, Clock.systemUTC(), 1_000, 10,
                Duration.ofSeconds(30), 64L << 20);
    }

    Path blocks() {
        return directory.resolve("blocks");
    }

    Path stateFile() {
        return directory.resolve("state.mv.db");
    }
}
