package cn.eldercare.timebank.ledger.embedded;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;

/**
 * Turns a call into the proposal a client would sign: the signer as a simulated identity with
 * Fabric-CA attributes, and a transaction id of 64 hex digits like Fabric's (SHA-256 sized) from a
 * secure random source, unique across restarts; record ids are transaction ids.
 */
final class Proposals {

    private final SecureRandom random = new SecureRandom();
    private final String channel;

    Proposals(final String channel) {
        this.channel = channel;
    }

    TxProposal create(final LedgerIdentity signer, final Instant timestamp, final String function,
            final String... arguments) {
        return TxProposal.of(channel, newTxId(), timestamp, identity(signer), function, arguments);
    }

    static SimIdentity identity(final LedgerIdentity signer) {
        final Map<String, String> attributes = new HashMap<>();
        if (signer.role() != null) {
            attributes.put("role", signer.role());
        }
        if (signer.memberId() != null) {
            attributes.put("memberId", signer.memberId());
        }
        return new SimIdentity(signer.mspId(), signer.enrollmentId(), attributes);
    }

    private String newTxId() {
        final byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
