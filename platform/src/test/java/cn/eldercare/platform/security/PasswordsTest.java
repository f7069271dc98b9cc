package cn.eldercare.platform.security;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passwords over the Pbkdf2PasswordHash that Payara ships (GlassFish Soteria). PBKDF2 at 210,000 iterations is
 * deliberately slow, so the hashes are computed once for the class.
 */
class PasswordsTest {

    private static final Passwords PASSWORDS = new Passwords(new Pbkdf2PasswordHashImpl());
    private static String first;
    private static String second;

    @BeforeAll
    static void hashTwice() {
        first = PASSWORDS.hash("s3cret-密码".toCharArray());
        second = PASSWORDS.hash("s3cret-密码".toCharArray());
    }

    /** The format the earlier, hand-written hasher stored: same algorithm and key size, its own separators. */
    private static String legacyHash(String password, int iterations) throws Exception {
        byte[] salt = new byte[16];
        salt[3] = 7;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "pbkdf2-sha256$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);
    }

    @Test
    void formatRecordsAlgorithmIterationsSaltAndHash() {
        String[] parts = first.split(":");
        assertEquals(4, parts.length, first);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "128-bit salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "256-bit derived key");
        assertFalse(PASSWORDS.outdated(first));
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        assertTrue(PASSWORDS.verify("s3cret-密码".toCharArray(), first));
        assertFalse(PASSWORDS.verify("s3cret-密".toCharArray(), first));
    }

    @Test
    void saltsDifferSoEqualPasswordsHashDifferently() {
        assertNotEquals(first, second);
        assertNotEquals(first.split(":")[2], second.split(":")[2]);
    }

    @Test
    void hashesOfTheEarlierFormatStillVerifyAndAreOutdated() throws Exception {
        String stored = legacyHash("old", 1000);
        assertTrue(PASSWORDS.verify("old".toCharArray(), stored));
        assertFalse(PASSWORDS.verify("new".toCharArray(), stored));
        assertTrue(PASSWORDS.outdated(stored));
        assertTrue(PASSWORDS.verify("old".toCharArray(), legacyHash("old", Passwords.ITERATIONS)), "at full strength too");
        assertTrue(PASSWORDS.outdated(legacyHash("old", Passwords.ITERATIONS)), "the earlier format is replaced whatever its count");
    }

    @Test
    void fewerIterationsThanNowAreOutdated() {
        Pbkdf2PasswordHashImpl weak = new Pbkdf2PasswordHashImpl();
        weak.initialize(java.util.Map.of("Pbkdf2PasswordHash.Iterations", "1024"));
        String stored = weak.generate("pw".toCharArray());
        assertTrue(PASSWORDS.verify("pw".toCharArray(), stored), "the count recorded in the hash is honoured");
        assertTrue(PASSWORDS.outdated(stored));
    }

    @Test
    void otherSchemesAndShapesAreRefused() {
        assertFalse(PASSWORDS.verify("x".toCharArray(), "bcrypt$10$abc$def"));
        assertFalse(PASSWORDS.verify("x".toCharArray(), "pbkdf2-sha256$1000$AAAA"));
        assertFalse(PASSWORDS.verify("x".toCharArray(), ""));
        assertFalse(PASSWORDS.verify("x".toCharArray(), first.replace("PBKDF2WithHmacSHA256", "PBKDF2WithHmacMD5")));
        assertFalse(PASSWORDS.verify("not-a-password".toCharArray(), null), "no stored hash: no user");
    }
}
