package cn.eldercare.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Symmetric keys of the product. Production passes them as base64 in the environment
 * (e.g. {@code PII_ENCRYPTION_KEY}); the embedded default creates random ones under
 * {@code ./data/keys} on first start and keeps them, so encrypted data stays readable.
 */
@ApplicationScoped
public class Secrets {

    /** The RSA private key of bearer tokens, PKCS#8 PEM ({@code TOKEN_SIGNING_PRIVATE_KEY}); see TokenKeys. */
    public static final String TOKEN_SIGNING_KEY = "token.signing.private-key";

    @Inject
    Config config;

    public byte[] key(String name) {
        Optional<String> configured = config.getOptionalValue(name + ".key", String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return Base64.getDecoder().decode(configured.get().trim());
        }
        return fileKey(dataDir().resolve("keys").resolve(name + ".key"));
    }

    public Path dataDir() {
        return dataDir(config);
    }

    static Path dataDir(Config config) {
        return Path.of(config.getOptionalValue("data.dir", String.class).orElse("./data"));
    }

    private static synchronized byte[] fileKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create key " + file, e);
        }
    }
}
