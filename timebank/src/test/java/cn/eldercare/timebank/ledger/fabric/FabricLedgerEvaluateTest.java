package cn.eldercare.timebank.ledger.fabric;

import static cn.eldercare.timebank.ledger.fabric.Fixtures.gatewayError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;

import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

/** Evaluating through mocked fabric-gateway objects: arguments, results and errors. */
class FabricLedgerEvaluateTest {

    private static final LedgerIdentity STATION = new LedgerIdentity("StationOperatorMSP", "station1", "station", null);

    private final Networks networks = mock(Networks.class);
    private final Network network = mock(Network.class);
    private final Contract contract = mock(Contract.class);
    private final FabricLedger ledger = new FabricLedger(networks, Fixtures.settings(3));

    @BeforeEach
    void channel() {
        when(networks.network("StationOperatorMSP")).thenReturn(network);
        when(network.getContract("timebank")).thenReturn(contract);
    }

    @Test
    void passesTheFunctionAndArgumentsAndDecodesTheResultAsUtf8() throws Exception {
        answering("accounts:GetBalance", "{\"memberId\":\"vol-0001\",\"balance\":45,\"备注\":\"助餐\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals("{\"memberId\":\"vol-0001\",\"balance\":45,\"备注\":\"助餐\"}",
                ledger.evaluate(STATION, "accounts:GetBalance", "{\"memberId\":\"vol-0001\"}"));
    }

    @Test
    void aQueryWithoutArgumentsSendsNone() throws Exception {
        answering("admin:GetConfig", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{}", ledger.evaluate(STATION, "admin:GetConfig"));
    }

    @Test
    void theContractsErrorCodeInTheStatusDescriptionBecomesARefusal() throws Exception {
        when(answering("members:GetMember", new byte[0]).build().evaluate())
                .thenThrow(new GatewayException(gatewayError(io.grpc.Status.Code.UNKNOWN,
                        "evaluate call to endorser returned error: chaincode response 500, NOT_FOUND: no member vol-9999")));

        final LedgerRefusal refusal = assertThrows(LedgerRefusal.class,
                () -> ledger.evaluate(STATION, "members:GetMember", "{\"memberId\":\"vol-9999\"}"));

        assertEquals("NOT_FOUND", refusal.code());
        assertEquals("no member vol-9999", refusal.getMessage());
    }

    @Test
    void aPeerThatCannotBeReachedMakesTheLedgerUnavailable() throws Exception {
        final GatewayException unreachable = new GatewayException(
                gatewayError(io.grpc.Status.Code.UNAVAILABLE, "io exception"));
        when(answering("accounts:GetPool", new byte[0]).build().evaluate()).thenThrow(unreachable);

        final LedgerUnavailable thrown = assertThrows(LedgerUnavailable.class,
                () -> ledger.evaluate(STATION, "accounts:GetPool"));

        assertEquals("accounts:GetPool failed on the Fabric network: UNAVAILABLE io exception", thrown.getMessage());
        assertSame(unreachable, thrown.getCause());
    }

    @Test
    void anOrganisationWithoutAWalletEntryIsRefusedBeforeAnythingIsSent() {
        final LedgerIdentity stranger = new LedgerIdentity("OtherMSP", "nobody", "station", null);
        when(networks.network("OtherMSP"))
                .thenThrow(new IllegalStateException("no Fabric wallet entry for organisation OtherMSP"));

        final IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> ledger.evaluate(stranger, "accounts:GetPool"));
        assertTrue(thrown.getMessage().contains("OtherMSP"));
    }

    @Test
    void namesTheActingPersonInTheTransientFieldActor() throws Exception {
        final Proposal.Builder builder = answering("members:GetMember", "{}".getBytes(StandardCharsets.UTF_8));
        ledger.evaluate(new LedgerIdentity("StationOperatorMSP", "zz-staff", "station", null, "7"), "members:GetMember",
                "{\"memberId\":\"vol-0001\"}");
        assertEquals("{\"role\":\"station\",\"user\":\"zz-staff\",\"stationId\":\"7\"}", Fixtures.actorOf(builder));
    }

    @Test
    void aPeerThatIsUnreachableForAMomentIsAskedAgain() throws Exception {
        final Proposal.Builder builder = answering("accounts:GetPool", "{\"balance\":3}".getBytes(StandardCharsets.UTF_8));
        final Proposal proposal = builder.build();
        when(proposal.evaluate()).thenThrow(new GatewayException(gatewayError(io.grpc.Status.Code.UNAVAILABLE, "io exception")))
                .thenReturn("{\"balance\":3}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"balance\":3}", ledger.evaluate(STATION, "accounts:GetPool"));
        verify(proposal, times(2)).evaluate();
    }

    /** A proposal builder for {@code function} whose proposal evaluates to {@code result}. */
    private Proposal.Builder answering(final String function, final byte[] result) throws Exception {
        final Proposal.Builder builder = mock(Proposal.Builder.class);
        final Proposal proposal = mock(Proposal.class);
        when(builder.addArguments(any(String[].class))).thenReturn(builder);
        when(builder.putAllTransient(any())).thenReturn(builder);
        when(builder.build()).thenReturn(proposal);
        when(proposal.evaluate()).thenReturn(result);
        when(contract.newProposal(function)).thenReturn(builder);
        return builder;
    }
}
