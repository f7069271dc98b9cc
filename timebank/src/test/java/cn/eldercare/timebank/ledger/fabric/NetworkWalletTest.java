package cn.eldercare.timebank.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.ByteString;

/**
 * The wallet FabricLedgerIT builds from cryptogen's output, on a directory laid out as cryptogen
 * lays it out: the attributes must reach the contract exactly as from a Fabric CA certificate.
 */
class NetworkWalletTest {

    @TempDir
    Path dir;

    @Test
    void identitiesSignedWithTheOrganisationsCaCarryTheAttributesTheContractReads() throws Exception {
        final Path org = cryptogenOrganisation("civilaffairs.timebank.local");
        new NetworkWallet(dir.resolve("wallet")).enrol(org, "CivilAffairsMSP", "vol-0001",
                Map.of("role", "volunteer", "memberId", "vol-0001"));

        final Wallet.Entry entry = new Wallet(dir.resolve("wallet")).entry("CivilAffairsMSP", "vol-0001");
        final ChaincodeStub stub = mock(ChaincodeStub.class);
        when(stub.getCreator()).thenReturn(SerializedIdentity.newBuilder().setMspid("CivilAffairsMSP")
                .setIdBytes(ByteString.copyFrom(entry.identity().getCredentials())).build().toByteArray());
        final ClientIdentity seenByContract = new ClientIdentity(stub);

        assertEquals("CivilAffairsMSP", seenByContract.getMSPID());
        assertEquals("volunteer", seenByContract.getAttributeValue("role"));
        assertEquals("vol-0001", seenByContract.getAttributeValue("memberId"));
    }

    @Test
    void cryptogensOwnUsersAreCopiedAsTheyAre() throws Exception {
        final Path org = cryptogenOrganisation("stations.timebank.local");
        final TestPki.Issued user = new TestPki().client("User1@stations.timebank.local");
        final Path msp = org.resolve("users/User1@stations.timebank.local/msp");
        Files.createDirectories(msp.resolve("signcerts"));
        Files.createDirectories(msp.resolve("keystore"));
        Files.writeString(msp.resolve("signcerts/User1@stations.timebank.local-cert.pem"),
                Identities.toPemString(user.certificate()));
        Files.copy(user.writeTo(dir.resolve("scratch")).resolve("key.pem"), msp.resolve("keystore/priv_sk"));

        new NetworkWallet(dir.resolve("wallet")).copyUser(org, "StationOperatorMSP", "User1");

        assertEquals(Identities.toPemString(user.certificate()),
                Files.readString(dir.resolve("wallet/StationOperatorMSP/User1/cert.pem")));
        new Wallet(dir.resolve("wallet")).entry("StationOperatorMSP", "User1");
    }

    /** The CA files cryptogen writes for an organisation: {@code ca/ca.<domain>-cert.pem} and {@code ca/priv_sk}. */
    private Path cryptogenOrganisation(final String domain) throws Exception {
        final TestPki ca = new TestPki();
        final Path org = dir.resolve("crypto/peerOrganizations").resolve(domain);
        Files.createDirectories(org.resolve("ca"));
        Files.writeString(org.resolve("ca/ca." + domain + "-cert.pem"), Identities.toPemString(ca.ca()));
        Files.copy(ca.authority().writeTo(dir.resolve("ca-" + domain)).resolve("key.pem"), org.resolve("ca/priv_sk"));
        return org;
    }
}
