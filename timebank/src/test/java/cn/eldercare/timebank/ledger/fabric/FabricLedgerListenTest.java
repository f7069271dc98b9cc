package cn.eldercare.timebank.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hyperledger.fabric.client.BlockEventsRequest;
import org.hyperledger.fabric.client.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.eldercare.timebank.ledger.control.LedgerEvent;

/** Following blocks through a mocked Network whose block streams the test feeds. */
class FabricLedgerListenTest {

    private final Networks networks = mock(Networks.class);
    private final Network network = mock(Network.class);
    private final BlockEventsRequest.Builder request = mock(BlockEventsRequest.Builder.class);
    private final List<Long> startBlocks = new CopyOnWriteArrayList<>();
    private final BlockingQueue<List<LedgerEvent>> delivered = new LinkedBlockingQueue<>();
    private final FabricLedger ledger = new FabricLedger(networks, Fixtures.settings(3));

    @BeforeEach
    void channel() {
        when(networks.network("CivilAffairsMSP")).thenReturn(network);
        when(network.getName()).thenReturn("timebank");
        when(network.newBlockEventsRequest()).thenReturn(request);
        when(request.startBlock(anyLong())).thenAnswer(call -> {
            startBlocks.add(call.getArgument(0));
            return request;
        });
    }

    /** The streams the peer opens, one per (re)connection, in order. */
    private void peerStreams(final BlockStream... streams) {
        final BlockEventsRequest built = mock(BlockEventsRequest.class);
        when(request.build()).thenReturn(built);
        var stubbing = when(built.getEvents());
        for (final BlockStream stream : streams) {
            stubbing = stubbing.thenReturn(stream);
        }
    }

    private List<LedgerEvent> nextBlock() throws InterruptedException {
        return delivered.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void deliversEachBlocksEventsTogetherInOrderFromTheBlockAfterTheCheckpoint() throws Exception {
        final BlockStream stream = new BlockStream().push(
                Blocks.number(8).event("tx-1", "{\"n\":1}").event("tx-2", "{\"n\":2}").build(),
                Blocks.number(9).config().build(),
                Blocks.number(10).event("tx-3", "{\"n\":3}").build());
        peerStreams(stream);

        try (AutoCloseable listening = ledger.listen(7, delivered::add)) {
            assertEquals(List.of(new LedgerEvent(8, 0, "tx-1", "TimeBank", "{\"n\":1}"),
                    new LedgerEvent(8, 1, "tx-2", "TimeBank", "{\"n\":2}")), nextBlock());
            assertEquals(List.of(new LedgerEvent(10, 0, "tx-3", "TimeBank", "{\"n\":3}")), nextBlock(),
                    "block 9 has no time-bank events and is not delivered");
        }
        assertEquals(List.of(8L), startBlocks);
        assertTrue(stream.closed(), "closing the handle cancels the stream");
    }

    @Test
    void aNewLedgerStartsFromTheFirstBlock() throws Exception {
        peerStreams(new BlockStream().push(Blocks.number(0).config().build()));
        try (AutoCloseable listening = ledger.listen(-1, delivered::add)) {
            waitFor(() -> !startBlocks.isEmpty());
        }
        assertEquals(List.of(0L), startBlocks);
    }

    @Test
    void reconnectsAfterABrokenStreamFromTheBlockAfterTheLastDelivered() throws Exception {
        final BlockStream first = new BlockStream().push(
                Blocks.number(5).event("tx-5", "{}").build(), Blocks.number(6).config().build()).breakConnection();
        final BlockStream second = new BlockStream().push(Blocks.number(7).event("tx-7", "{}").build());
        peerStreams(first, second);

        try (AutoCloseable listening = ledger.listen(4, delivered::add)) {
            assertEquals("tx-5", nextBlock().get(0).txId());
            assertEquals("tx-7", nextBlock().get(0).txId());
        }
        assertEquals(List.of(5L, 7L), startBlocks);
        assertTrue(first.closed(), "the broken stream is released");
    }

    @Test
    void aBlockTheConsumerFailedOnIsDeliveredAgainAndNothingBeforeIt() throws Exception {
        peerStreams(
                new BlockStream().push(Blocks.number(3).event("tx-3", "{}").build(), Blocks.number(4).event("tx-4", "{}").build()),
                new BlockStream().push(Blocks.number(4).event("tx-4", "{}").build()));
        final List<String> failedOnce = new CopyOnWriteArrayList<>();

        try (AutoCloseable listening = ledger.listen(2, block -> {
            final String txId = block.get(0).txId();
            if (txId.equals("tx-4") && failedOnce.isEmpty()) {
                failedOnce.add(txId);
                throw new IllegalStateException("read model database is down");
            }
            delivered.add(block);
        })) {
            assertEquals("tx-3", nextBlock().get(0).txId());
            assertEquals("tx-4", nextBlock().get(0).txId());
        }
        assertEquals(List.of(3L, 4L), startBlocks);
    }

    @Test
    void afterCloseNoFurtherBlockIsDelivered() throws Exception {
        final BlockStream stream = new BlockStream().push(Blocks.number(1).event("tx-1", "{}").build());
        peerStreams(stream);
        final AutoCloseable listening = ledger.listen(0, delivered::add);
        assertEquals("tx-1", nextBlock().get(0).txId());

        listening.close();
        stream.push(Blocks.number(2).event("tx-2", "{}").build());

        assertNull(delivered.poll(200, TimeUnit.MILLISECONDS));
        assertTrue(stream.closed());
    }

    @Test
    void closingTheLedgerStopsItsListenersAndTheConnection() throws Exception {
        final BlockStream stream = new BlockStream();
        peerStreams(stream);
        ledger.listen(0, delivered::add);
        waitFor(() -> !startBlocks.isEmpty());

        ledger.close();

        assertTrue(stream.closed());
        org.mockito.Mockito.verify(networks).close();
    }

    @Test
    void listeningNeedsTheReadingOrganisationsWalletEntry() {
        when(networks.network("CivilAffairsMSP"))
                .thenThrow(new IllegalStateException("no Fabric wallet entry for organisation CivilAffairsMSP"));

        final IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> ledger.listen(-1, delivered::add));
        assertTrue(thrown.getMessage().contains("CivilAffairsMSP"), thrown.getMessage());
    }

    private static void waitFor(final java.util.function.BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached in 10 s");
    }
}
