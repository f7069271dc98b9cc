package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.eldercare.chaincode.sim.MvccValidator;
import cn.eldercare.chaincode.sim.ValidationCode;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

/**
 * The one thread that orders and commits (the orderer and the committing peer in one). It takes
 * every transaction queued meanwhile into one block (group commit: one write and one fsync for
 * the lot), validates each against the state plus the block's earlier valid writes, appends the
 * block to the log and forces it, applies the valid writes (waiting for the simulations reading the
 * state, which so never see half a block), and only then completes the submitters' futures. The
 * log is what makes a block durable: the state file is saved in the background, and the state
 * catches up on open.
 * After an I/O failure it commits nothing more: whether the last block reached the disk is
 * unknown until the log is reopened, so every submitter is told to retry later.
 */
final class Committer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Committer.class.getName());

    private final BlockingQueue<PendingTx> queue = new LinkedBlockingQueue<>();
    private final Object gate = new Object();
    private final BlockLog log;
    private final DurableWorldState state;
    private final CommitHeight height;
    private final Clock clock;
    private final int maxBlockTransactions;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Exception failure;

    Committer(final BlockLog log, final DurableWorldState state, final CommitHeight height, final Clock clock,
            final int maxBlockTransactions) {
        this.log = log;
        this.state = state;
        this.height = height;
        this.clock = clock;
        this.maxBlockTransactions = maxBlockTransactions;
        thread = new Thread(this::run, "embedded-ledger-committer");
        thread.setDaemon(true);
        thread.start();
    }

    CompletableFuture<ValidationCode> enqueue(final PendingTx tx) {
        synchronized (gate) {
            if (stopping || failure != null) {
                throw unavailable();
            }
            queue.add(tx);
        }
        return tx.outcome();
    }

    private void run() {
        final List<PendingTx> batch = new ArrayList<>();
        while (true) {
            final PendingTx first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (stopping && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.clear();
            batch.add(first);
            queue.drainTo(batch, maxBlockTransactions - 1);
            try {
                if (failure == null) {
                    commit(batch);
                    continue;
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
                LOG.log(Level.SEVERE, "the embedded ledger stopped committing", e);
            }
            final LedgerUnavailable reason = unavailable();
            batch.forEach(tx -> tx.outcome().completeExceptionally(reason));
        }
    }

    private void commit(final List<PendingTx> batch) throws IOException {
        final long number = log.head() + 1;
        final List<BlockTx> transactions = new ArrayList<>(batch.size());
        // read like a simulation: the compactor rewrites pages under the write lock
        final StateSnapshot current = state.acquire();
        try {
            final BlockOverlay overlay = new BlockOverlay(current);
            for (int i = 0; i < batch.size(); i++) {
                final PendingTx tx = batch.get(i);
                final ValidationCode code = MvccValidator.validate(overlay, tx.result().readWriteSet());
                if (code == ValidationCode.VALID) {
                    overlay.commit(new Version(number, i), tx.proposal().txId(), tx.proposal().timestamp(),
                            tx.result().readWriteSet().writes());
                }
                transactions.add(tx.toBlockTx(code));
            }
        } finally {
            current.release();
        }
        final Block block = log.append(clock.instant(), transactions);
        state.apply(block);
        height.advance(block.number());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(transactions.get(i).code());
        }
    }

    private LedgerUnavailable unavailable() {
        return failure == null ? new LedgerUnavailable("the embedded ledger is closed", null)
                : new LedgerUnavailable("the embedded ledger stopped committing after a failure; "
                        + "retry with the same requestId once it is reopened", failure);
    }

    /** Commits what is queued, then stops. */
    @Override
    public void close() {
        synchronized (gate) {
            stopping = true;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
