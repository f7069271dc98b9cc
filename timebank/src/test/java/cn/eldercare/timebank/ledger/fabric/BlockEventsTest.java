package cn.eldercare.timebank.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import cn.eldercare.timebank.ledger.control.LedgerEvent;

class BlockEventsTest {

    @Test
    void eventsOfValidTimeBankTransactionsInBlockOrderWithTheirPlaceInTheBlock() {
        final Block block = Blocks.number(12)
                .event("tx-a", "{\"function\":\"services:ConfirmService\",\"note\":\"助餐\"}")
                .transaction("tx-b", "timebank", "TimeBank", "{\"conflicted\":true}", TxValidationCode.MVCC_READ_CONFLICT)
                .transaction("tx-c", "othercc", "Other", "{}", TxValidationCode.VALID)
                .config()
                .event("tx-e", "{\"function\":\"accounts:Redeem\"}")
                .build();

        assertEquals(List.of(
                new LedgerEvent(12, 0, "tx-a", "TimeBank", "{\"function\":\"services:ConfirmService\",\"note\":\"助餐\"}"),
                new LedgerEvent(12, 4, "tx-e", "TimeBank", "{\"function\":\"accounts:Redeem\"}")),
                BlockEvents.of(block, "timebank"));
    }

    @Test
    void aTransactionWithoutAnEventContributesNothing() {
        final Block block = Blocks.number(3).transaction("tx-a", "timebank", "", "", TxValidationCode.VALID).build();
        assertTrue(BlockEvents.of(block, "timebank").isEmpty());
    }

    @Test
    void aBlockWithoutAValidationFilterHasNoValidTransactions() {
        final Block committed = Blocks.number(4).event("tx-a", "{}").build();
        final Block unvalidated = committed.toBuilder().clearMetadata().build();
        assertTrue(BlockEvents.of(unvalidated, "timebank").isEmpty());
    }

    @Test
    void anUnparseableEnvelopeIsNamedWithItsBlock() {
        final Block committed = Blocks.number(9).event("tx-a", "{}").build();
        final Block broken = committed.toBuilder()
                .setData(BlockData.newBuilder().addData(ByteString.copyFrom(new byte[] {(byte) 0xff, 0x01}))).build();
        final IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> BlockEvents.of(broken, "timebank"));
        assertTrue(thrown.getMessage().contains("block 9"), thrown.getMessage());
    }
}
