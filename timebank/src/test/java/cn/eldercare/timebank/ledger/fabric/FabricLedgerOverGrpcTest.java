package cn.eldercare.timebank.ledger.fabric;

import static cn.eldercare.timebank.ledger.fabric.Fixtures.gatewayError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.ByteString;

import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;
import io.grpc.Status;

/**
 * FabricLedger as the service builds it (settings, wallet files, TLS channel, real fabric-gateway)
 * against a fake peer on a loopback port: what goes over the wire and how a peer's answers and
 * errors come back, without a Fabric network.
 */
class FabricLedgerOverGrpcTest {

    private static final String PEER_HOST = "peer0.stations.test.local";
    private static final LedgerIdentity STATION = new LedgerIdentity("StationOperatorMSP", "station1", "station", null);

    @TempDir
    Path dir;
    private TestPki pki;
    private TestPki.Issued stationCert;
    private FakePeer peer;
    private FabricLedger ledger;

    @BeforeEach
    void start() throws Exception {
        pki = new TestPki();
        final Path tls = pki.server(PEER_HOST).writeTo(dir.resolve("peer-tls"));
        Files.writeString(dir.resolve("ca.pem"), Identities.toPemString(pki.ca()));
        stationCert = pki.client("station1");
        stationCert.writeTo(dir.resolve("wallet/StationOperatorMSP"));
        pki.client("reader").writeTo(dir.resolve("wallet/CivilAffairsMSP"));
        peer = new FakePeer(tls.resolve("cert.pem"), tls.resolve("key.pem"));
        ledger = new FabricLedger(Fixtures.settings(peer.endpoint(), dir.resolve("ca.pem"), PEER_HOST,
                dir.resolve("wallet"), 3));
    }

    @AfterEach
    void stop() throws Exception {
        ledger.close();
        peer.close();
    }

    @Test
    void evaluatesAsTheCallersOrganisationNamingThePersonOnTheConfiguredChannelAndChaincode() throws Exception {
        final AtomicReference<Proposal> sent = new AtomicReference<>();
        peer.evaluate = request -> {
            sent.set(parse(() -> Proposal.parseFrom(request.getProposedTransaction().getProposalBytes())));
            return EvaluateResponse.newBuilder().setResult(Response.newBuilder().setStatus(200)
                    .setPayload(ByteString.copyFromUtf8("{\"balance\":45,\"备注\":\"助餐\"}"))).build();
        };

        assertEquals("{\"balance\":45,\"备注\":\"助餐\"}",
                ledger.evaluate(STATION, "accounts:GetBalance", "{\"memberId\":\"vol-0001\"}"));

        final Header header = Header.parseFrom(sent.get().getHeader());
        assertEquals("timebank", ChannelHeader.parseFrom(header.getChannelHeader()).getChannelId());
        final SerializedIdentity creator = SerializedIdentity.parseFrom(
                SignatureHeader.parseFrom(header.getSignatureHeader()).getCreator());
        assertEquals("StationOperatorMSP", creator.getMspid());
        assertEquals(Identities.toPemString(stationCert.certificate()), creator.getIdBytes().toStringUtf8());
        final ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                ChaincodeProposalPayload.parseFrom(sent.get().getPayload()).getInput());
        assertEquals("timebank", invocation.getChaincodeSpec().getChaincodeId().getName());
        assertEquals(List.of("accounts:GetBalance", "{\"memberId\":\"vol-0001\"}"),
                invocation.getChaincodeSpec().getInput().getArgsList().stream().map(ByteString::toStringUtf8).toList());
        assertEquals("{\"role\":\"station\",\"user\":\"station1\"}", ChaincodeProposalPayload.parseFrom(
                sent.get().getPayload()).getTransientMapMap().get("actor").toStringUtf8());
    }

    @Test
    void anEndorsementRefusedByTheContractArrivesAsItsErrorCode() {
        // SELF_CONFIRMATION cannot come from a lagging peer, so it is not asked again
        peer.endorse = request -> {
            throw gatewayError(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                    "chaincode response 500, SELF_CONFIRMATION: the volunteer cannot confirm their own service");
        };

        final LedgerRefusal refusal = assertThrows(LedgerRefusal.class,
                () -> ledger.submit(STATION, "services:ConfirmService", "{\"requestId\":\"c1\"}"));

        assertEquals("SELF_CONFIRMATION", refusal.code());
        assertEquals("the volunteer cannot confirm their own service", refusal.getMessage());
    }

    @Test
    void followsBlocksAndReconnectsFromTheBlockAfterTheLastDelivered() throws Exception {
        peer.blocks.addAll(List.of(Blocks.number(0).config().build(),
                Blocks.number(1).event("tx-1", "{\"n\":1}").build(),
                Blocks.number(2).event("tx-2", "{\"n\":2}").build()));
        final BlockingQueue<List<LedgerEvent>> delivered = new LinkedBlockingQueue<>();

        try (AutoCloseable listening = ledger.listen(0, delivered::add)) {
            assertEquals("tx-1", delivered.poll(20, TimeUnit.SECONDS).get(0).txId());
            assertEquals("tx-2", delivered.poll(20, TimeUnit.SECONDS).get(0).txId());

            peer.blocks.add(Blocks.number(3).event("tx-3", "{\"n\":3}").build());
            peer.breakStreams(Status.UNAVAILABLE);

            assertEquals(List.of(new LedgerEvent(3, 0, "tx-3", "TimeBank", "{\"n\":3}")),
                    delivered.poll(20, TimeUnit.SECONDS));
        }
        assertEquals(List.of(1L, 3L), peer.seeks);
    }

    @Test
    void aPeerThatDoesNotAnswerMakesTheLedgerUnavailable() throws Exception {
        peer.close();
        final LedgerUnavailable thrown = assertThrows(LedgerUnavailable.class,
                () -> ledger.evaluate(STATION, "accounts:GetPool"));
        assertTrue(thrown.getMessage().startsWith("accounts:GetPool failed on the Fabric network: UNAVAILABLE"),
                thrown.getMessage());
    }

    @Test
    void withoutTheHostAliasThePeersCertificateDoesNotMatchAndNothingIsSent() {
        peer.evaluate = request -> {
            throw new AssertionError("nothing should reach the peer");
        };
        try (FabricLedger unaliased = new FabricLedger(Fixtures.settings(peer.endpoint(), dir.resolve("ca.pem"), null,
                dir.resolve("wallet"), 3))) {
            assertThrows(LedgerUnavailable.class, () -> unaliased.evaluate(STATION, "accounts:GetPool"));
        }
    }

    @Test
    void anOrganisationWithoutAWalletEntryIsRefusedClearly() {
        final IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ledger.evaluate(
                new LedgerIdentity("MemberMSP", "vol-0404", "volunteer", "vol-0404"), "accounts:GetPool"));
        assertTrue(thrown.getMessage().startsWith("no Fabric wallet entry for organisation MemberMSP"),
                thrown.getMessage());
    }

    private interface Parse<T> {
        T get() throws Exception;
    }

    private static <T> T parse(final Parse<T> parse) {
        try {
            return parse.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
