package cn.eldercare.chaincode.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperledger.fabric.protos.peer.ChaincodeEvent;

import com.google.protobuf.ByteString;

/** The proposal half of the simulated stub: arguments, transaction id and time, creator, event. */
abstract class ProposalStub extends UnsupportedStubFeatures {

    private final TxProposal proposal;
    private final String chaincodeName;
    private final String localMspId;
    private ChaincodeEvent event;

    ProposalStub(final TxProposal proposal, final String chaincodeName, final String localMspId) {
        this.proposal = proposal;
        this.chaincodeName = chaincodeName;
        this.localMspId = localMspId;
    }

    @Override
    public List<byte[]> getArgs() {
        return proposal.args();
    }

    @Override
    public List<String> getStringArgs() {
        return proposal.args().stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList();
    }

    @Override
    public String getFunction() {
        return getStringArgs().isEmpty() ? null : getStringArgs().get(0);
    }

    @Override
    public List<String> getParameters() {
        final List<String> args = getStringArgs();
        return args.isEmpty() ? List.of() : args.subList(1, args.size());
    }

    @Override
    public String getTxId() {
        return proposal.txId();
    }

    @Override
    public String getChannelId() {
        return proposal.channelId();
    }

    @Override
    public Instant getTxTimestamp() {
        return proposal.timestamp();
    }

    @Override
    public byte[] getCreator() {
        return proposal.creator().creator();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return proposal.transientData();
    }

    /** Like a peer, the MSP of the organisation running the chaincode, not the caller's. */
    @Override
    public String getMspId() {
        return localMspId;
    }

    /** Fabric keeps one event per transaction: a later call replaces the earlier one. */
    @Override
    public void setEvent(final String name, final byte[] payload) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name can not be empty string");
        }
        event = ChaincodeEvent.newBuilder()
                .setChaincodeId(chaincodeName)
                .setTxId(proposal.txId())
                .setEventName(name)
                .setPayload(payload == null ? ByteString.EMPTY : ByteString.copyFrom(payload))
                .build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }
}
