package cn.eldercare.timebank.ledger.fabric;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.hyperledger.fabric.client.Contract;

import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;

/**
 * The time-bank ledger on a Hyperledger Fabric network, through a peer's gateway service
 * (fabric-gateway over gRPC with TLS). Every call is signed by the client identity of the acting
 * person's organisation and names that person in the transient field {@code actor}, from which the
 * contract decides access. Functions are passed as the contract names them
 * ({@code "services:ConfirmService"}), exactly what fabric-gateway sends for a contract name plus
 * transaction name.
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

    /** Reads each organisation's identity from the wallet now, so a missing one stops start-up with its path. */
    public FabricLedger requireIdentities(final Collection<String> mspIds) {
        mspIds.forEach(networks::network);
        networks.network(settings.listenerMsp());
        return this;
    }

    @Override
    public String submit(final LedgerIdentity signer, final String function, final String... arguments) {
        return submitter.submit(contract(signer), signer.actor().asTransient(), function, arguments);
    }

    @Override
    public String evaluate(final LedgerIdentity signer, final String function, final String... arguments) {
        return submitter.evaluate(contract(signer), signer.actor().asTransient(), function, arguments);
    }

    /** Reads blocks as the client identity of {@code fabric.listener.msp}. */
    @Override
    public AutoCloseable listen(final long afterBlock, final Consumer<List<LedgerEvent>> perBlock) {
        final BlockFollower follower = new BlockFollower(networks.network(settings.listenerMsp()),
                settings.chaincode(), afterBlock, perBlock, settings.reconnectDelay());
        followers.add(follower.start());
        return () -> {
            followers.remove(follower);
            follower.close();
        };
    }

    private Contract contract(final LedgerIdentity signer) {
        return networks.network(signer.mspId()).getContract(settings.chaincode());
    }

    @Override
    public void close() {
        followers.forEach(BlockFollower::close);
        networks.close();
    }
}
