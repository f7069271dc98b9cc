package cn.eldercare.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenKeysTest {

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKept(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        KeyPair first = TokenKeys.of(Optional.empty(), keys);
        Path file = keys.resolve(TokenKeys.FILE);
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertSame(first, TokenKeys.of(Optional.of(" "), keys), "a blank setting counts as none");
        KeyPair reread = TokenKeys.parse(Files.readString(file));
        assertArrayEquals(first.getPrivate().getEncoded(), reread.getPrivate().getEncoded(), "what a restart reads");
        assertArrayEquals(first.getPublic().getEncoded(), reread.getPublic().getEncoded(), "the public key derived from the private");
    }

    @Test
    void aConfiguredKeyIsUsedAsPemOrAsItsBase64Body(@TempDir Path dir) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        String body = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        assertArrayEquals(pair.getPublic().getEncoded(), TokenKeys.of(Optional.of(pem), dir).getPublic().getEncoded());
        assertArrayEquals(pair.getPublic().getEncoded(), TokenKeys.of(Optional.of(body), dir).getPublic().getEncoded());
        assertTrue(Files.notExists(dir.resolve(TokenKeys.FILE)), "nothing generated");
        assertTrue(TokenKeys.publicPem(pair.getPublic()).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void aKeyThatIsNoRsaPrivateKeyStopsTheStartWithAReason() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        String ecKey = Base64.getEncoder().encodeToString(ec.generateKeyPair().getPrivate().getEncoded());
        for (String bad : new String[]{"not a key", Base64.getEncoder().encodeToString(new byte[32]), ecKey}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> TokenKeys.parse(bad));
            assertTrue(e.getMessage().contains("PKCS#8"), e.getMessage());
        }
    }
}
