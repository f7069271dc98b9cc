package cn.eldercare.certs.signing.control;

import cn.eldercare.certs.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyStoreFilesTest {

    @Test
    void aBaseKeyWithItsChainSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pki/base-7.p12");
        KeyStoreFiles.write(file, "secret".toCharArray(), Samples.BASE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        SigningKey read = KeyStoreFiles.readKey(file, "secret".toCharArray()).orElseThrow();
        assertArrayEquals(Samples.BASE.key().getEncoded(), read.key().getEncoded());
        assertEquals(2, read.chain().size());
        assertEquals(Samples.CA.certificate(), read.chain().get(1));
        assertEquals(Samples.BASE.certificate(), KeyStoreFiles.readCertificate(file, "secret".toCharArray()));
        assertThrows(IllegalStateException.class, () -> KeyStoreFiles.readKey(file, "wrong".toCharArray()));
    }

    @Test
    void baseCertificatesAreIssuedByTheCaForSigningOnly() throws Exception {
        Samples.BASE.certificate().verify(Samples.CA.certificate().getPublicKey());
        assertEquals(-1, Samples.BASE.certificate().getBasicConstraints(), "a base cannot act as a CA");
        assertTrue(Samples.BASE.certificate().getKeyUsage()[0], "digitalSignature");
        assertTrue(Samples.CA.certificate().getBasicConstraints() >= 0);
        assertEquals("郑州市卫生健康学校", CmsSignatures.commonName(Samples.BASE.certificate()));
    }
}
