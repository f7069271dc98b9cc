package cn.eldercare.timebank.ledger.fabric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.regex.Pattern;

import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

/**
 * Client certificates and keys on disk, one directory per identity:
 * {@code <walletDir>/<mspId>/<enrollmentId>/cert.pem} (the X.509 certificate the organisation's
 * Fabric CA issued, carrying the {@code role} and {@code memberId} attributes the contract decides
 * access by) and {@code key.pem} (its private key, PEM).
 */
final class Wallet {

    /** Names become path segments, so nothing that could climb out of the wallet is accepted. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9@_+=-][A-Za-z0-9@._+=-]*");

    record Entry(Identity identity, Signer signer) {
    }

    private final Path dir;

    Wallet(final Path dir) {
        this.dir = dir;
    }

    /** The identity and signer of one enrollment; IllegalStateException when the wallet has none. */
    Entry entry(final String mspId, final String enrollmentId) {
        final Path home = dir.resolve(safe(mspId)).resolve(safe(enrollmentId));
        final Path cert = home.resolve("cert.pem");
        final Path key = home.resolve("key.pem");
        if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
            throw new IllegalStateException("no Fabric wallet entry for " + mspId + "/" + enrollmentId
                    + ": expected " + cert + " and " + key + " (enrol the identity with its organisation's Fabric CA)");
        }
        try {
            return new Entry(new X509Identity(mspId, Identities.readX509Certificate(Files.readString(cert))),
                    Signers.newPrivateKeySigner(Identities.readPrivateKey(Files.readString(key))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("unreadable Fabric wallet entry " + home + ": " + e.getMessage(), e);
        }
    }

    private static String safe(final String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalStateException("not a usable Fabric wallet name: " + name);
        }
        return name;
    }
}
