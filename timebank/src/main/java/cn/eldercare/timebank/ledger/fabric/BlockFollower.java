package cn.eldercare.timebank.ledger.fabric;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;

import cn.eldercare.timebank.ledger.control.LedgerEvent;

/**
 * Reads blocks from a peer on a thread of its own and hands each block's time-bank events to the
 * consumer, in block order, skipping blocks without any. It remembers the last block it handed
 * over (or was told to start after) and, when the stream breaks or the consumer throws, reconnects
 * from the block after it: nothing is skipped, and only a block the consumer failed on comes again. Across restarts the consumer's own checkpoint
 * plays that part, which is why no file checkpointer is kept here.
 */
final class BlockFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BlockFollower.class.getName());

    private final Network network;
    private final String chaincode;
    private final Consumer<List<LedgerEvent>> perBlock;
    private final Duration reconnectDelay;
    private final Thread thread;
    private volatile long lastBlock;
    private volatile boolean closed;
    private volatile CloseableIterator<Block> stream;

    BlockFollower(final Network network, final String chaincode, final long afterBlock,
            final Consumer<List<LedgerEvent>> perBlock, final Duration reconnectDelay) {
        this.network = network;
        this.chaincode = chaincode;
        this.lastBlock = afterBlock;
        this.perBlock = perBlock;
        this.reconnectDelay = reconnectDelay;
        this.thread = new Thread(this::run, "fabric-blocks-" + network.getName());
        thread.setDaemon(true);
    }

    BlockFollower start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!closed) {
            try {
                follow();
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "block stream broke after block " + lastBlock + "; reconnecting", e);
                }
            }
            try {
                Thread.sleep(reconnectDelay.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void follow() {
        try (CloseableIterator<Block> blocks = network.newBlockEventsRequest().startBlock(lastBlock + 1).build().getEvents()) {
            stream = blocks;
            while (!closed && blocks.hasNext()) {
                final Block block = blocks.next();
                final List<LedgerEvent> events = BlockEvents.of(block, chaincode);
                if (!events.isEmpty()) {
                    perBlock.accept(events);
                }
                lastBlock = block.getHeader().getNumber();
            }
        }
    }

    /** Stops reading, waiting up to ten seconds for a block being delivered to be done with. */
    @Override
    public void close() {
        closed = true;
        final CloseableIterator<Block> current = stream;
        if (current != null) {
            current.close();
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
