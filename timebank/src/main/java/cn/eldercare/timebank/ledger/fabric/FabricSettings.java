package cn.eldercare.timebank.ledger.fabric;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;

/**
 * Where the Fabric ledger is and who reads its blocks. Each setting is a MicroProfile Config
 * property, so it can equally be given as the environment variable of the same name in upper case
 * with underscores ({@code fabric.peer.endpoint} = {@code FABRIC_PEER_ENDPOINT}); timebank/README.md
 * ("Fabric ledger") lists them.
 *
 * @param peerEndpoint     host:port of a peer's gateway service
 * @param peerTlsCert      PEM file of the CA that signed the peer's TLS certificate
 * @param peerHostAlias    TLS authority to expect when the endpoint's host is not in the certificate, or null
 * @param channel          channel the chaincode is committed on
 * @param chaincode        chaincode name
 * @param walletDir        directory of {@code <mspId>/cert.pem} and {@code key.pem}, one per organisation
 * @param listenerMsp      the organisation whose client identity reads blocks for the read model
 * @param submitAttempts   how often a call that failed for a passing reason (a conflict, an unreachable
 *                         or disagreeing peer, a deadline) is tried in all
 * @param retryBackoff     pause before the second attempt; it doubles for each further one, up to two seconds
 * @param requestTimeout   deadline of one evaluate, endorse or submit call
 * @param commitTimeout    how long to wait for a submitted transaction to commit
 * @param reconnectDelay   pause before the block listener reconnects after the stream failed
 */
public record FabricSettings(String peerEndpoint, Path peerTlsCert, String peerHostAlias, String channel,
        String chaincode, Path walletDir, String listenerMsp, int submitAttempts, Duration retryBackoff,
        Duration requestTimeout, Duration commitTimeout, Duration reconnectDelay) {

    public FabricSettings {
        if (submitAttempts < 1) {
            throw new IllegalArgumentException("fabric.submit.attempts must be at least 1, is " + submitAttempts);
        }
    }

    /** Reads the settings; the three without a default must be set. Blocks are read as the regulator's organisation unless told otherwise. */
    public static FabricSettings fromConfig(final Config config) {
        final Function<String, Optional<String>> value = name -> config.getOptionalValue(name, String.class)
                .map(String::strip).filter(v -> !v.isEmpty());
        return new FabricSettings(
                required(value, "fabric.peer.endpoint"),
                Path.of(required(value, "fabric.peer.tls.cert")),
                value.apply("fabric.peer.host.alias").orElse(null),
                value.apply("fabric.channel").orElse("eldercare"),
                value.apply("fabric.chaincode").orElse("timebank"),
                Path.of(required(value, "fabric.wallet.dir")),
                value.apply("fabric.listener.msp").or(() -> value.apply("timebank.msp.regulator")).orElse("RegulatorMSP"),
                (int) number(value, "fabric.submit.attempts", 5),
                Duration.ofMillis(number(value, "fabric.retry.backoff.ms", 100)),
                Duration.ofMillis(number(value, "fabric.request.timeout.ms", 15_000)),
                Duration.ofMillis(number(value, "fabric.commit.timeout.ms", 60_000)),
                Duration.ofMillis(number(value, "fabric.events.reconnect.ms", 2_000)));
    }

    private static String required(final Function<String, Optional<String>> value, final String name) {
        return value.apply(name).orElseThrow(() -> new IllegalStateException(
                "the Fabric ledger needs " + name + " (environment variable " + envName(name) + ")"));
    }

    private static long number(final Function<String, Optional<String>> value, final String name,
            final long defaultValue) {
        final String text = value.apply(name).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, is \"" + text + "\"", e);
        }
    }

    /** The environment variable MicroProfile Config maps to a property name. */
    static String envName(final String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
