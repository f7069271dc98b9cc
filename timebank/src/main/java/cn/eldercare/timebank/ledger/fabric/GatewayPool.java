package cn.eldercare.timebank.ledger.fabric;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.hyperledger.fabric.client.CallOption;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;

/**
 * One TLS gRPC channel to the peer's gateway service, shared by a Gateway per organisation's client
 * identity. A Gateway is only an identity and a signer over the channel, so they are cheap; each is
 * made from the wallet on first use and kept until the ledger closes.
 */
final class GatewayPool implements Networks {

    private final ManagedChannel channel;
    private final Wallet wallet;
    private final FabricSettings settings;
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();

    private GatewayPool(final ManagedChannel channel, final FabricSettings settings) {
        this.channel = channel;
        this.wallet = new Wallet(settings.walletDir());
        this.settings = settings;
    }

    static GatewayPool open(final FabricSettings settings) {
        final ManagedChannelBuilder<?> builder;
        try {
            builder = Grpc.newChannelBuilder(settings.peerEndpoint(),
                    TlsChannelCredentials.newBuilder().trustManager(settings.peerTlsCert().toFile()).build());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the peer's TLS CA certificate "
                    + settings.peerTlsCert() + ": " + e.getMessage(), e);
        }
        if (settings.peerHostAlias() != null) {
            builder.overrideAuthority(settings.peerHostAlias());
        }
        return new GatewayPool(builder.build(), settings);
    }

    @Override
    public Network network(final String mspId) {
        return gateways.computeIfAbsent(mspId, this::connect).getNetwork(settings.channel());
    }

    private Gateway connect(final String mspId) {
        final Wallet.Entry entry = wallet.entry(mspId);
        final CallOption request = CallOption.deadlineAfter(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return Gateway.newInstance().identity(entry.identity()).signer(entry.signer()).hash(Hash.SHA256)
                .connection(channel)
                .evaluateOptions(request).endorseOptions(request).submitOptions(request)
                .commitStatusOptions(CallOption.deadlineAfter(settings.commitTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .connect();
    }

    @Override
    public void close() {
        gateways.values().forEach(Gateway::close);
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
