package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Verifies an embedded ledger: walks the whole block log ({@link ChainWalk}), replaying its valid
 * writes into a fresh state in a temporary file (so a large ledger needs disk, not heap), and
 * compares that with the durable world state at the block the state has applied. A running ledger
 * keeps committing while the log is walked, and waits only while the two states are compared.
 */
public final class LedgerVerifier {

    private final Path blocks;

    LedgerVerifier(final Path blocks) {
        this.blocks = blocks;
    }

    /** Verifies a ledger directory no process has open (the server holds a lock on the state while it runs). */
    public static VerifyReport verify(final Path ledgerDirectory) {
        final EmbeddedLedgerConfig config = EmbeddedLedgerConfig.in(ledgerDirectory);
        if (!Files.isRegularFile(config.stateFile())) {
            throw new IllegalArgumentException("no embedded ledger in " + ledgerDirectory + " (no "
                    + config.stateFile().getFileName() + ")");
        }
        try (DurableWorldState state = DurableWorldState.openReadOnly(config.stateFile())) {
            return new LedgerVerifier(config.blocks()).verify(state, Long.MAX_VALUE);
        }
    }

    /**
     * @param lastBlock how far to check the chain beyond the compared block: a live ledger passes its
     *                  committed height, so a block being written is not mistaken for a torn one
     */
    VerifyReport verify(final DurableWorldState state, final long lastBlock) {
        final Path scratch = scratchDirectory();
        try (DurableWorldState replay = DurableWorldState.open(scratch.resolve("replay.mv.db"));
                ChainWalk walk = new ChainWalk(blocks, replay)) {
            final StateSnapshot stored = caughtUp(state, walk);
            final long applied;
            StateComparison comparison = null;
            try {
                applied = stored.block();
                if (walk.problem() == null && walk.checked() == applied + 1) {
                    final StateSnapshot replayed = replay.acquire();
                    try {
                        comparison = StateComparison.of(stored, replayed);
                    } finally {
                        replayed.release();
                    }
                }
            } finally {
                stored.release();
            }
            walk.through(lastBlock);
            final List<String> notes = new ArrayList<>(walk.notes());
            if (walk.checked() > applied + 1 && walk.problem() == null) {
                notes.add("blocks " + (applied + 1) + " to " + (walk.checked() - 1) + " are in the log but not yet "
                        + "in the world state; the ledger applies them when it next opens");
            }
            return report(walk, comparison, applied, notes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the block log in " + blocks, e);
        } finally {
            delete(scratch);
        }
    }

    /**
     * Walks the log up to the state's last block without holding the state, as the committer waits for
     * whoever holds it, then holds it; the blocks committed meanwhile are walked too, until the walk
     * has caught up.
     */
    private static StateSnapshot caughtUp(final DurableWorldState state, final ChainWalk walk) throws IOException {
        long walked = Long.MIN_VALUE;
        while (true) {
            final StateSnapshot stored = state.acquire();
            final long applied = stored.block();
            if (applied == walked) {
                return stored;
            }
            stored.release();
            walk.through(applied);
            walked = applied;
        }
    }

    private static VerifyReport report(final ChainWalk walk, final StateComparison comparison, final long applied,
            final List<String> notes) {
        String problem = walk.problem();
        Long bad = problem == null ? null : walk.checked();
        if (problem == null && walk.checked() <= applied) {
            problem = "the world state has applied block " + applied + " but the log ends at block "
                    + (walk.checked() - 1);
            bad = walk.checked();
        } else if (problem == null && comparison != null && comparison.problem() != null) {
            problem = comparison.problem();
            bad = comparison.block();
        }
        return new VerifyReport(problem == null, walk.checked(), walk.transactions(), walk.invalid(), applied,
                walk.headHash(), bad, problem, notes);
    }

    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("ledger-verify");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for the replayed state", e);
        }
    }

    private static void delete(final Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (final Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
