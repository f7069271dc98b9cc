package cn.eldercare.timebank.ledger.fabric;

import java.util.ArrayList;
import java.util.List;

import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import com.google.protobuf.ByteString;

/** Builds blocks shaped as a peer commits them: envelopes of transactions, and the validation filter. */
final class Blocks {

    private final long number;
    private final List<ByteString> envelopes = new ArrayList<>();
    private final List<Byte> codes = new ArrayList<>();

    private Blocks(final long number) {
        this.number = number;
    }

    static Blocks number(final long number) {
        return new Blocks(number);
    }

    /** A valid transaction of the time-bank chaincode emitting one {@code TimeBank} event. */
    Blocks event(final String txId, final String payload) {
        return transaction(txId, "timebank", "TimeBank", payload, TxValidationCode.VALID);
    }

    Blocks transaction(final String txId, final String chaincode, final String eventName, final String payload,
            final TxValidationCode code) {
        final ChaincodeEvent event = ChaincodeEvent.newBuilder().setChaincodeId(chaincode).setTxId(txId)
                .setEventName(eventName).setPayload(ByteString.copyFromUtf8(payload)).build();
        final ChaincodeAction action = ChaincodeAction.newBuilder().setEvents(event.toByteString()).build();
        final ProposalResponsePayload response = ProposalResponsePayload.newBuilder()
                .setExtension(action.toByteString()).build();
        final ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setAction(ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(response.toByteString()))
                .build();
        final Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString())).build();
        return envelope(HeaderType.ENDORSER_TRANSACTION, txId, transaction.toByteString(), code);
    }

    /** A channel configuration update: not a chaincode transaction at all. */
    Blocks config() {
        return envelope(HeaderType.CONFIG, "", ByteString.copyFromUtf8("config"), TxValidationCode.VALID);
    }

    private Blocks envelope(final HeaderType type, final String txId, final ByteString data,
            final TxValidationCode code) {
        final ChannelHeader channelHeader = ChannelHeader.newBuilder().setType(type.getNumber()).setTxId(txId)
                .setChannelId("timebank").build();
        final Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString())).setData(data).build();
        envelopes.add(Envelope.newBuilder().setPayload(payload.toByteString()).build().toByteString());
        codes.add((byte) code.getNumber());
        return this;
    }

    Block build() {
        final byte[] filter = new byte[codes.size()];
        for (int i = 0; i < filter.length; i++) {
            filter[i] = codes.get(i);
        }
        // metadata slots: signatures, last config (unused), transactions filter, ...
        return Block.newBuilder().setHeader(BlockHeader.newBuilder().setNumber(number))
                .setData(BlockData.newBuilder().addAllData(envelopes))
                .setMetadata(BlockMetadata.newBuilder().addMetadata(ByteString.EMPTY).addMetadata(ByteString.EMPTY)
                        .addMetadata(ByteString.copyFrom(filter)).addMetadata(ByteString.EMPTY))
                .build();
    }
}
