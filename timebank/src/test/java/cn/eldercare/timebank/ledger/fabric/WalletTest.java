package cn.eldercare.timebank.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;

import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCertificateAndSignsWithTheKeyOfAnOrganisation() throws Exception {
        final TestPki.Issued issued = new TestPki().client("User1@civilaffairs.timebank.local");
        issued.writeTo(dir.resolve("CivilAffairsMSP"));

        final Wallet.Entry entry = new Wallet(dir).entry("CivilAffairsMSP");

        assertEquals("CivilAffairsMSP", entry.identity().getMspId());
        assertEquals(issued.certificate(), ((X509Identity) entry.identity()).getCertificate());
        final byte[] message = "proposal".getBytes(StandardCharsets.UTF_8);
        final Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(issued.certificate());
        verifier.update(message);
        assertTrue(verifier.verify(entry.signer().sign(Hash.SHA256.apply(message))));
    }

    @Test
    void aMissingEntryNamesTheFilesItLookedFor() {
        final IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new Wallet(dir).entry("StationOperatorMSP"));
        assertTrue(thrown.getMessage().startsWith("no Fabric wallet entry for organisation StationOperatorMSP: expected "
                + dir.resolve("StationOperatorMSP/cert.pem")), thrown.getMessage());
    }

    @Test
    void aDamagedKeyIsReportedWithItsEntry() throws Exception {
        final Path entry = new TestPki().client("station1").writeTo(dir.resolve("StationOperatorMSP"));
        Files.writeString(entry.resolve("key.pem"), "not a key");
        final IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new Wallet(dir).entry("StationOperatorMSP"));
        assertTrue(thrown.getMessage().startsWith("unreadable Fabric wallet entry " + entry), thrown.getMessage());
    }

    @Test
    void namesThatWouldLeaveTheWalletAreRefused() {
        for (final String name : new String[] {"..", "../etc", "a/b", "", ".hidden"}) {
            assertThrows(IllegalStateException.class, () -> new Wallet(dir).entry(name), name);
        }
    }
}
