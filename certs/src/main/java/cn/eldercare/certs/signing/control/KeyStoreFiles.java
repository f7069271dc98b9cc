package cn.eldercare.certs.signing.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** PKCS#12 key stores on disk: the format CAs hand out and keytool and openssl read. */
public final class KeyStoreFiles {

    static final String ALIAS = "signing";

    private KeyStoreFiles() {
    }

    /** The first private key in the store with its chain, if the store holds one. */
    public static Optional<SigningKey> readKey(Path file, char[] password) {
        KeyStore store = load(file, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return Optional.of(new SigningKey((PrivateKey) store.getKey(alias, password), chain));
                }
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key in " + file, e);
        }
    }

    /** The store's certificate: of its key entry, or its first trusted certificate (a CA given without its key). */
    public static X509Certificate readCertificate(Path file, char[] password) {
        Optional<SigningKey> key = readKey(file, password);
        if (key.isPresent()) {
            return key.get().certificate();
        }
        KeyStore store = load(file, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate c) {
                    return c;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        throw new IllegalStateException("no certificate in " + file);
    }

    /** Written to a temporary file first, so a crash never leaves half a key store; readable by the owner only. */
    public static void write(Path file, char[] password, SigningKey key) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.key(), password, key.chain().toArray(new Certificate[0]));
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                store.store(out, password);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalStateException("cannot open key store " + file + ": wrong password", e);
            }
            throw new UncheckedIOException("cannot read key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open key store " + file, e);
        }
    }
}
