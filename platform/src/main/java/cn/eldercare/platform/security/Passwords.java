package cn.eldercare.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Password hashes by Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2-HMAC-SHA256 at OWASP's 2023 iteration
 * count, stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, which records the parameters. Hashes of
 * the earlier hand-written format ({@code pbkdf2-sha256$iterations$salt$hash}, the same algorithm and key size)
 * still verify, and {@link #outdated(String)} tells the caller to store a new hash at the next sign-in.
 */
@ApplicationScoped
public class Passwords {

    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String CURRENT = ALGORITHM + ":" + ITERATIONS + ":";
    private static final String LEGACY = "pbkdf2-sha256$";

    private final Pbkdf2PasswordHash pbkdf2;
    /** Checked against when the user does not exist, so timing does not reveal which usernames exist. */
    private final String dummy;

    /** For the container's proxy. */
    protected Passwords() {
        pbkdf2 = null;
        dummy = null;
    }

    @Inject
    public Passwords(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummy = pbkdf2.generate("not-a-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** Whether the password matches the stored hash; with no stored hash (no such user), false after as long a check. */
    public boolean verify(char[] password, String stored) {
        if (stored == null) {
            pbkdf2.verify(password, dummy);
            return false;
        }
        String encoded = stored.startsWith(LEGACY) ? ALGORITHM + ":" + stored.substring(LEGACY.length()).replace('$', ':') : stored;
        try {
            return pbkdf2.verify(password, encoded);
        } catch (RuntimeException corruptOrUnknownScheme) {
            return false;
        }
    }

    /** Whether a verified hash should be replaced by a new one: an earlier format or fewer iterations. */
    public boolean outdated(String stored) {
        return !stored.startsWith(CURRENT);
    }
}
