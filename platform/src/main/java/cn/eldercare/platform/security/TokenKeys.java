package cn.eldercare.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The RSA key pair of bearer tokens: the configured private key (PKCS#8, PEM or its base64 body), or else one
 * generated once into the keys directory and kept, so that tokens outlive a restart. RSA because its private key
 * holds the public one: configuring the one key is enough for signing here and for Payara's verification.
 */
public final class TokenKeys {

    static final String FILE = "token-signing.pem";
    private static final Map<String, KeyPair> LOADED = new HashMap<>();

    private TokenKeys() {
    }

    /** The same pair for the same configuration, so the signer and the verifier's config source agree. */
    public static synchronized KeyPair of(Optional<String> configuredPrivateKey, Path keysDir) {
        String source = configuredPrivateKey.filter(s -> !s.isBlank()).orElse("file:" + keysDir.toAbsolutePath().normalize());
        return LOADED.computeIfAbsent(source, s -> configuredPrivateKey.filter(k -> !k.isBlank())
                .map(TokenKeys::parse).orElseGet(() -> fileKeys(keysDir.resolve(FILE))));
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    static KeyPair parse(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("the token signing key is not an RSA private key in PKCS#8 (PEM \"BEGIN PRIVATE KEY\")", e);
        }
    }

    private static KeyPair fileKeys(Path file) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(file.getParent());
            Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return pair;
        } catch (FileAlreadyExistsException raced) {
            return fileKeys(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
