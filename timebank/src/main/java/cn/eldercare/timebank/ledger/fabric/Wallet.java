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
 * The organisations' client identities on disk, one directory per MSP id:
 * {@code <walletDir>/<mspId>/cert.pem} (a client certificate of that organisation) and
 * {@code key.pem} (its private key, PEM). People need no certificates: the server signs as its
 * organisation and names the person it acts for, so a server holds only its organisations' keys.
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

    /** The identity and signer of one organisation; IllegalStateException naming the files when missing. */
    Entry entry(final String mspId) {
        final Path home = dir.resolve(safe(mspId));
        final Path cert = home.resolve("cert.pem");
        final Path key = home.resolve("key.pem");
        if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
            throw new IllegalStateException("no Fabric wallet entry for organisation " + mspId + ": expected " + cert
                    + " and " + key + " (a client certificate of " + mspId + " and its key; chaincode/network/up.sh"
                    + " writes them for its network)");
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
