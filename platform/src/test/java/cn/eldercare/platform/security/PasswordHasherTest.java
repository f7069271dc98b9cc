package cn.eldercare.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PBKDF2 at 210,000 iterations is deliberately slow, so the hashes are computed once for the class. */
class PasswordHasherTest {

    private static String first;
    private static String second;

    @BeforeAll
    static void hashTwice() {
        first = PasswordHasher.hash("s3cret-密码".toCharArray());
        second = PasswordHasher.hash("s3cret-密码".toCharArray());
    }

    @Test
    void formatRecordsSchemeIterationsSaltAndHash() {
        String[] parts = first.split("\\$");
        assertEquals(4, parts.length, first);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "128-bit salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "256-bit derived key");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        assertTrue(PasswordHasher.verify("s3cret-密码".toCharArray(), first));
        assertFalse(PasswordHasher.verify("s3cret-密".toCharArray(), first));
    }

    @Test
    void saltsDifferSoEqualPasswordsHashDifferently() {
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
    }

    @Test
    void honoursTheIterationCountRecordedInTheHash() throws Exception {
        byte[] salt = new byte[16];
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("old".toCharArray(), salt, 1000, 256)).getEncoded();
        String stored = "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);
        assertTrue(PasswordHasher.verify("old".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("new".toCharArray(), stored));
    }

    @Test
    void otherSchemesAndShapesAreRefused() {
        assertFalse(PasswordHasher.verify("x".toCharArray(), "bcrypt$10$abc$def"));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "pbkdf2-sha256$1000$AAAA"));
        assertFalse(PasswordHasher.verify("x".toCharArray(), ""));
        assertFalse(PasswordHasher.verify("x".toCharArray(), first.replace("pbkdf2-sha256", "pbkdf2-sha1")));
    }
}
