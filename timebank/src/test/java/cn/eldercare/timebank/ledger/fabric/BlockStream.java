package cn.eldercare.timebank.ledger.fabric;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.protos.common.Block;

import io.grpc.Status;

/**
 * A block stream the test feeds: like a peer's, {@code hasNext} waits for the next block, a broken
 * connection surfaces as a GatewayRuntimeException, and closing cancels a waiting reader.
 */
final class BlockStream implements CloseableIterator<Block> {

    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private Object next;
    private volatile boolean closed;

    BlockStream push(final Block... blocks) {
        items.addAll(java.util.List.of(blocks));
        return this;
    }

    /** The connection to the peer breaks after the blocks pushed so far. */
    BlockStream breakConnection() {
        items.add(gatewayFailure(Status.UNAVAILABLE.withDescription("connection reset")));
        return this;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = items.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw gatewayFailure(Status.CANCELLED);
            }
        }
        if (next instanceof GatewayRuntimeException failure) {
            throw failure;
        }
        return true;
    }

    @Override
    public Block next() {
        hasNext();
        final Block block = (Block) next;
        next = null;
        return block;
    }

    @Override
    public void close() {
        closed = true;
        items.add(gatewayFailure(Status.CANCELLED.withDescription("stream closed")));
    }

    private static GatewayRuntimeException gatewayFailure(final Status status) {
        return new GatewayRuntimeException(status.asRuntimeException());
    }
}
