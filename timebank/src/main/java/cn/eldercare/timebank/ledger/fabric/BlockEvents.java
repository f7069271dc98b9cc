package cn.eldercare.timebank.ledger.fabric;

import java.util.ArrayList;
import java.util.List;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import cn.eldercare.timebank.ledger.control.LedgerEvent;

/**
 * The chaincode events of one block. Whole blocks are read, not the gateway's chaincode-event
 * stream, because that stream flattens blocks into single events: a listener could not tell that a
 * block is complete until the next block's event arrived, and the last block would wait for it.
 * A block also holds transactions that were invalidated at commit; their events did not happen and
 * are skipped, as the peer's own chaincode-event service does.
 */
final class BlockEvents {

    private BlockEvents() {
    }

    /** The events of {@code chaincode} in valid transactions, in transaction order; often none. */
    static List<LedgerEvent> of(final Block block, final String chaincode) {
        final long number = block.getHeader().getNumber();
        final List<LedgerEvent> events = new ArrayList<>();
        try {
            for (int index = 0; index < block.getData().getDataCount(); index++) {
                if (!valid(block, index)) {
                    continue;
                }
                final Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(index)).getPayload());
                final ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                if (header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                    continue;
                }
                for (final TransactionAction action : Transaction.parseFrom(payload.getData()).getActionsList()) {
                    final ChaincodeEvent event = eventOf(action);
                    if (chaincode.equals(event.getChaincodeId()) && !event.getEventName().isEmpty()) {
                        events.add(new LedgerEvent(number, index, header.getTxId(), event.getEventName(),
                                event.getPayload().toStringUtf8()));
                    }
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("block " + number + " from the peer cannot be parsed", e);
        }
        return events;
    }

    private static ChaincodeEvent eventOf(final TransactionAction action) throws InvalidProtocolBufferException {
        final ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
        final ProposalResponsePayload response =
                ProposalResponsePayload.parseFrom(actionPayload.getAction().getProposalResponsePayload());
        return ChaincodeEvent.parseFrom(ChaincodeAction.parseFrom(response.getExtension()).getEvents());
    }

    /** The commit verdict the peers wrote into the block's metadata, one byte per transaction. */
    private static boolean valid(final Block block, final int index) {
        final int filterIndex = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
        if (block.getMetadata().getMetadataCount() <= filterIndex) {
            return false;
        }
        final ByteString filter = block.getMetadata().getMetadata(filterIndex);
        return index < filter.size() && filter.byteAt(index) == TxValidationCode.VALID_VALUE;
    }
}
