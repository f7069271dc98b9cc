package cn.eldercare.timebank.ledger.fabric;

import org.hyperledger.fabric.client.Network;

/**
 * The channel as seen by one client identity. FabricLedger asks for nothing else of the
 * connection, so its tests can hand it mocked networks instead of a peer.
 */
interface Networks extends AutoCloseable {

    /** The channel, with transactions signed by the wallet entry {@code mspId/enrollmentId}. */
    Network network(String mspId, String enrollmentId);

    @Override
    void close();
}
