package cn.eldercare.certs.signing.control;

import cn.eldercare.certs.testing.CertsFixture;
import cn.eldercare.certs.testing.MapConfig;
import cn.eldercare.certs.testing.Samples;
import cn.eldercare.platform.config.Secrets;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.testing.Beans;
import cn.eldercare.training.base.entity.TrainingBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where signing keys come from: generated once and kept (the embedded default), or installed by the
 * regulator, whose CA file then holds only its certificate and a base without a key store cannot sign.
 */
class SigningKeysTest {

    private static CertsFixture f;
    private static TrainingBase base;

    @BeforeAll
    static void fixture() {
        f = new CertsFixture();
        base = f.t.base();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static SigningKeys keys(Path dir, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("data.dir", dir.toString());
        MapConfig config = new MapConfig(all);
        SigningKeys keys = new SigningKeys();
        Beans.wire(f.t.em, keys, new Secrets(), config);
        return keys;
    }

    @Test
    void generatedKeysAreKeptAndReadAgainAfterARestart(@TempDir Path dir) {
        SigningKey first = keys(dir, Map.of()).forBase(base);
        SigningKeys restarted = keys(dir, Map.of());
        assertEquals(first.certificate(), restarted.forBase(base).certificate());
        assertEquals(first.chain().get(1), restarted.regulatorCa(), "the base's chain ends in the CA");
        assertTrue(Files.exists(dir.resolve("pki").resolve("base-" + base.getId() + ".p12")));
        assertTrue(Files.exists(dir.resolve("keys").resolve("certs.pki.key")), "the store password derives from a kept key");
    }

    @Test
    void aCaInstalledWithoutItsKeyVerifiesButEnrolsNoBase(@TempDir Path dir) throws Exception {
        Path ca = dir.resolve("regulator-ca.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", Samples.CA.certificate());
        try (OutputStream out = Files.newOutputStream(ca)) {
            store.store(out, "secret".toCharArray());
        }
        SigningKeys keys = keys(dir, Map.of("certs.ca.keystore", ca.toString(), "certs.pki.dir", dir.resolve("pki").toString(),
                "certs.pki.password", "secret", "certs.pki.generate", "false"));
        assertEquals(Samples.CA.certificate(), keys.regulatorCa());
        DomainException e = assertThrows(DomainException.class, () -> keys.forBase(base));
        assertEquals("NO_SIGNING_KEY", e.code());
        assertEquals(Samples.CA.certificate(), KeyStoreFiles.readCertificate(ca, "secret".toCharArray()));
    }

    @Test
    void aWrongPasswordIsSaidPlainly(@TempDir Path dir) {
        Path file = dir.resolve("base.p12");
        KeyStoreFiles.write(file, "right".toCharArray(), Samples.BASE);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KeyStoreFiles.readKey(file, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertEquals(Samples.BASE.certificate(), KeyStoreFiles.readCertificate(file, "right".toCharArray()));
    }
}
