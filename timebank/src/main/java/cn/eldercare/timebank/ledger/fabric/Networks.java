package cn.eldercare.timebank.ledger.fabric;

import org.hyperledger.fabric.client.Network;

/**
 * The channel as seen by one organisation's client identity. FabricLedger asks for nothing else of
 * the connection, so its tests can hand it mocked networks instead of a peer.
 */
interface Networks extends AutoCloseable {

    /** The channel, with transactions signed by the wallet's identity of organisation {@code mspId}. */
    Network network(String mspId);

    @Override
    void close();
}
