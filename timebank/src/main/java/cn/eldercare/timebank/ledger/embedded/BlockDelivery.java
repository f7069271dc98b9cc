package cn.eldercare.timebank.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.eldercare.timebank.ledger.control.LedgerEvent;

/**
 * One listener's delivery thread: reads the blocks after the listener's checkpoint from the log,
 * then each new block once it is committed, and hands over the events of its valid transactions,
 * one call per block, in order, never concurrently. Blocks without events are skipped (a caller
 * could not tell their number from an empty list). Reading back the forced log, instead of
 * queueing blocks in memory, lets a slow listener lag without holding up commits or memory.
 * A listener that throws is stopped and logged: it resumes from its own checkpoint by listening again.
 */
final class BlockDelivery implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BlockDelivery.class.getName());
    private static final long IDLE_CHECK_MILLIS = 1_000;

    private final BlockLog log;
    private final CommitHeight height;
    private final Consumer<List<LedgerEvent>> perBlock;
    private final Thread thread;
    private volatile boolean closed;
    private long next;

    BlockDelivery(final BlockLog log, final CommitHeight height, final long afterBlock,
            final Consumer<List<LedgerEvent>> perBlock) {
        this.log = log;
        this.height = height;
        this.perBlock = perBlock;
        this.next = Math.max(afterBlock, -1) + 1;
        thread = new Thread(this::run, "embedded-ledger-events-after-" + afterBlock);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (BlockReader reader = log.reader(next)) {
            while (!closed) {
                if (!height.await(next, IDLE_CHECK_MILLIS)) {
                    continue;
                }
                final Block block = reader.next();
                if (block == null) {
                    throw new LedgerCorruption("committed block " + next + " is missing from the log");
                }
                next = block.number() + 1;
                final List<LedgerEvent> events = events(block);
                if (!events.isEmpty() && !closed) {
                    perBlock.accept(events);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "event delivery stopped before block " + next, e);
        }
    }

    static List<LedgerEvent> events(final Block block) {
        final List<LedgerEvent> events = new ArrayList<>();
        final List<BlockTx> transactions = block.transactions();
        for (int i = 0; i < transactions.size(); i++) {
            final BlockTx tx = transactions.get(i);
            if (tx.isValid() && tx.hasEvent()) {
                events.add(new LedgerEvent(block.number(), i, tx.txId(), tx.eventName(),
                        new String(tx.eventPayload(), StandardCharsets.UTF_8)));
            }
        }
        return List.copyOf(events);
    }

    /** Stops after the block being delivered, if any; waits for that unless called from the listener itself. */
    @Override
    public void close() {
        closed = true;
        height.wake();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
