package cn.eldercare.timebank.ledger.fabric;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;

import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;

/**
 * The time-bank ledger on a Hyperledger Fabric network, through a peer's gateway service
 * (fabric-gateway over gRPC with TLS). Every call is signed by the caller's own certificate from
 * the wallet, since the contract decides access by the signer's MSP id and certificate attributes.
 * Functions are passed as the contract names them ({@code "services:ConfirmService"}), which is
 * exactly what fabric-gateway sends for a contract name plus transaction name.
 */
public final class FabricLedger implements Ledger {

    private final Networks networks;
    private final FabricSettings settings;
    private final Submitter submitter;
    private final Set<BlockFollower> followers = ConcurrentHashMap.newKeySet();

    /** Connects to the peer named in the settings; identities are read from the wallet when first used. */
    public FabricLedger(final FabricSettings settings) {
        this(GatewayPool.open(settings), settings);
    }

    FabricLedger(final Networks networks, final FabricSettings settings) {
        this.networks = networks;
        this.settings = settings;
        this.submitter = new Submitter(settings.submitAttempts(), settings.retryBackoff());
    }

    @Override
    public String submit(final LedgerIdentity signer, final String function, final String... arguments) {
        return submitter.submit(contract(signer), function, arguments);
    }

    @Override
    public String evaluate(final LedgerIdentity signer, final String function, final String... arguments) {
        try {
            return new String(contract(signer).evaluateTransaction(function, arguments), StandardCharsets.UTF_8);
        } catch (GatewayException e) {
            throw FabricErrors.map(function, e);
        }
    }

    /** Reads blocks as the wallet entry named by {@code fabric.listener.identity}. */
    @Override
    public AutoCloseable listen(final long afterBlock, final Consumer<List<LedgerEvent>> perBlock) {
        final String listener = settings.listenerIdentity();
        final int slash = listener == null ? -1 : listener.indexOf('/');
        if (slash < 1) {
            throw new IllegalStateException("fabric.listener.identity (FABRIC_LISTENER_IDENTITY) must name the wallet"
                    + " entry that reads blocks, as <mspId>/<enrollmentId>; it is " + listener);
        }
        final BlockFollower follower = new BlockFollower(
                networks.network(listener.substring(0, slash), listener.substring(slash + 1)),
                settings.chaincode(), afterBlock, perBlock, settings.reconnectDelay());
        followers.add(follower.start());
        return () -> {
            followers.remove(follower);
            follower.close();
        };
    }

    private Contract contract(final LedgerIdentity signer) {
        return networks.network(signer.mspId(), signer.enrollmentId()).getContract(settings.chaincode());
    }

    @Override
    public void close() {
        followers.forEach(BlockFollower::close);
        networks.close();
    }
}
