package cn.eldercare.timebank.ledger.embedded;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;

/**
 * Turns a call into the proposal a client would sign: the organisation's client identity, the person
 * it acts for in the transient field {@code actor} (as on Fabric), and a transaction id of 64 hex
 * digits like Fabric's (SHA-256 sized) from a secure random source, unique across restarts; record
 * ids are transaction ids.
 */
final class Proposals {

    private static final String SERVER = "app-server";

    private final SecureRandom random = new SecureRandom();
    private final String channel;

    Proposals(final String channel) {
        this.channel = channel;
    }

    TxProposal create(final LedgerIdentity signer, final Instant timestamp, final String function,
            final String... arguments) {
        return TxProposal.of(channel, newTxId(), timestamp, organisation(signer.mspId()), function, arguments)
                .withTransient(signer.actor().asTransient());
    }

    /** The client identity of an organisation's server, which names the person it acts for. */
    static SimIdentity organisation(final String mspId) {
        return new SimIdentity(mspId, SERVER, Map.of());
    }

    private String newTxId() {
        final byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
