package cn.eldercare.timebank.ledger.fabric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.hyperledger.fabric.client.identity.Identities;

/**
 * Fills a FabricLedger wallet from the crypto material cryptogen wrote for one organisation
 * ({@code crypto/peerOrganizations/<domain>}): cryptogen's own users as they are, and identities
 * with {@code role}/{@code memberId} attributes signed with the organisation's CA key, standing in
 * for enrolment with a Fabric CA.
 */
final class NetworkWallet {

    private final Path wallet;

    NetworkWallet(final Path wallet) {
        this.wallet = wallet;
    }

    /** Issues {@code <mspId>/<name>} with the given attributes from the organisation's CA. */
    void enrol(final Path orgDir, final String mspId, final String name, final Map<String, String> attributes)
            throws Exception {
        final Path ca = orgDir.resolve("ca");
        final TestPki issuer = new TestPki(Identities.readX509Certificate(Files.readString(only(ca, "-cert.pem"))),
                Identities.readPrivateKey(Files.readString(ca.resolve("priv_sk"))));
        issuer.client(name, attributes).writeTo(wallet.resolve(mspId).resolve(name));
    }

    /** Copies cryptogen's user {@code User1} (no attributes) as {@code <mspId>/User1}. */
    void copyUser(final Path orgDir, final String mspId, final String user) throws IOException {
        final Path msp = orgDir.resolve("users").resolve(user + "@" + orgDir.getFileName()).resolve("msp");
        final Path entry = Files.createDirectories(wallet.resolve(mspId).resolve(user));
        Files.copy(only(msp.resolve("signcerts"), ".pem"), entry.resolve("cert.pem"));
        Files.copy(only(msp.resolve("keystore"), "_sk"), entry.resolve("key.pem"));
    }

    private static Path only(final Path dir, final String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IOException("no *" + suffix + " in " + dir));
        }
    }
}
