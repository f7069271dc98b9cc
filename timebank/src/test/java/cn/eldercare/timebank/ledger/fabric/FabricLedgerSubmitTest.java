package cn.eldercare.timebank.ledger.fabric;

import static cn.eldercare.timebank.ledger.fabric.Fixtures.gatewayError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;

import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;

/** Submitting through mocked fabric-gateway objects: arguments, results, commit status, retries, errors. */
class FabricLedgerSubmitTest {

    private static final LedgerIdentity RECIPIENT =
            new LedgerIdentity("CivilAffairsMSP", "rec-0001", "recipient", "rec-0001");
    private static final String CONFIRM = "{\"requestId\":\"c1\",\"recordId\":\"tx-9\",\"rating\":5}";

    private final Networks networks = mock(Networks.class);
    private final Network network = mock(Network.class);
    private final Contract contract = mock(Contract.class);
    private final FabricLedger ledger = new FabricLedger(networks, Fixtures.settings(3));

    @BeforeEach
    void channel() {
        when(networks.network("CivilAffairsMSP")).thenReturn(network);
        when(network.getContract("timebank")).thenReturn(contract);
    }

    /** The mocks of one endorse-submit-commit round. */
    private record Round(Proposal.Builder builder, Proposal proposal, Transaction transaction,
            SubmittedTransaction submitted) {
    }

    /** One endorse-submit-commit round whose commit status is {@code code}. */
    private static Round round(final TxValidationCode code, final String txId, final String result)
            throws Exception {
        final Proposal.Builder builder = mock(Proposal.Builder.class);
        final Proposal proposal = mock(Proposal.class);
        final Transaction transaction = mock(Transaction.class);
        final SubmittedTransaction submitted = mock(SubmittedTransaction.class);
        final Status status = mock(Status.class);
        when(builder.addArguments(any(String[].class))).thenReturn(builder);
        when(builder.putAllTransient(any())).thenReturn(builder);
        when(builder.build()).thenReturn(proposal);
        when(proposal.endorse()).thenReturn(transaction);
        when(transaction.submitAsync()).thenReturn(submitted);
        when(submitted.getStatus()).thenReturn(status);
        when(submitted.getResult()).thenReturn(result.getBytes(StandardCharsets.UTF_8));
        when(status.getCode()).thenReturn(code);
        when(status.isSuccessful()).thenReturn(code == TxValidationCode.VALID);
        when(status.getTransactionId()).thenReturn(txId);
        return new Round(builder, proposal, transaction, submitted);
    }

    @Test
    void signsAsTheCallerAndPassesTheFunctionAndJsonAsTheyAre() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{\"creditedMinutes\":45,\"note\":\"助餐\"}");
        when(contract.newProposal("services:ConfirmService")).thenReturn(round.builder());

        final String result = ledger.submit(RECIPIENT, "services:ConfirmService", CONFIRM);

        assertEquals("{\"creditedMinutes\":45,\"note\":\"助餐\"}", result);
        verify(networks).network("CivilAffairsMSP");
        assertEquals("{\"role\":\"recipient\",\"user\":\"rec-0001\",\"memberId\":\"rec-0001\"}", Fixtures.actorOf(round.builder()));
        verify(round.builder()).addArguments(new String[] {CONFIRM});
    }

    @Test
    void anMvccConflictIsEndorsedAndSubmittedOnceMore() throws Exception {
        final Round conflicted = round(TxValidationCode.MVCC_READ_CONFLICT, "tx-1", "{\"attempt\":1}");
        final Round committed = round(TxValidationCode.VALID, "tx-2", "{\"attempt\":2}");
        when(contract.newProposal("accounts:Redeem")).thenReturn(conflicted.builder(), committed.builder());

        assertEquals("{\"attempt\":2}", ledger.submit(RECIPIENT, "accounts:Redeem", "{\"requestId\":\"r1\"}"));

        verify(contract, times(2)).newProposal("accounts:Redeem");
        verify(committed.builder()).addArguments(new String[] {"{\"requestId\":\"r1\"}"});
    }

    @Test
    void aPhantomReadConflictIsRetriedToo() throws Exception {
        final Round conflicted = round(TxValidationCode.PHANTOM_READ_CONFLICT, "tx-1", "{}");
        final Round committed = round(TxValidationCode.VALID, "tx-2", "{}");
        when(contract.newProposal("accounts:GrantFromPool")).thenReturn(conflicted.builder(), committed.builder());
        assertEquals("{}", ledger.submit(RECIPIENT, "accounts:GrantFromPool", "{}"));
        verify(contract, times(2)).newProposal("accounts:GrantFromPool");
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfAttempts() throws Exception {
        final Round first = round(TxValidationCode.MVCC_READ_CONFLICT, "tx-1", "{}");
        final Round second = round(TxValidationCode.MVCC_READ_CONFLICT, "tx-2", "{}");
        final Round third = round(TxValidationCode.MVCC_READ_CONFLICT, "tx-3", "{}");
        final Round fourth = round(TxValidationCode.VALID, "tx-4", "{}");
        when(contract.newProposal("accounts:Redeem"))
                .thenReturn(first.builder(), second.builder(), third.builder(), fourth.builder());

        final LedgerUnavailable thrown = assertThrows(LedgerUnavailable.class,
                () -> ledger.submit(RECIPIENT, "accounts:Redeem", "{}"));

        verify(contract, times(3)).newProposal("accounts:Redeem");
        assertTrue(thrown.getMessage().contains("MVCC_READ_CONFLICT 3 times"), thrown.getMessage());
    }

    @Test
    void otherCommitFailuresAreNotRetried() throws Exception {
        final Round round = round(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, "tx-1", "{}");
        when(contract.newProposal("accounts:Redeem")).thenReturn(round.builder());
        final LedgerUnavailable thrown = assertThrows(LedgerUnavailable.class,
                () -> ledger.submit(RECIPIENT, "accounts:Redeem", "{}"));
        verify(contract, times(1)).newProposal("accounts:Redeem");
        assertTrue(thrown.getMessage().contains("tx-1 was invalidated at commit: ENDORSEMENT_POLICY_FAILURE"),
                thrown.getMessage());
    }

    @Test
    void theContractsErrorCodeFromAnEndorsingPeerBecomesARefusal() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{}");
        when(round.proposal().endorse()).thenThrow(new EndorseException("tx-1", gatewayError(io.grpc.Status.Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, INSUFFICIENT_BALANCE: balance 10 is less than 15")));
        when(contract.newProposal("accounts:Redeem")).thenReturn(round.builder());

        final LedgerRefusal refusal = assertThrows(LedgerRefusal.class,
                () -> ledger.submit(RECIPIENT, "accounts:Redeem", "{}"));

        assertEquals("INSUFFICIENT_BALANCE", refusal.code());
        assertEquals("balance 10 is less than 15", refusal.getMessage());
        verify(round.transaction(), never()).submitAsync();
    }

    @Test
    void anOrdererThatCannotBeReachedMakesTheLedgerUnavailable() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{}");
        when(round.transaction().submitAsync()).thenThrow(new SubmitException("tx-1",
                gatewayError(io.grpc.Status.Code.UNAVAILABLE, "no orderers could successfully process transaction",
                        "rpc error: code = Unavailable desc = connection refused")));
        when(contract.newProposal("accounts:Redeem")).thenReturn(round.builder());

        final LedgerUnavailable thrown = assertThrows(LedgerUnavailable.class,
                () -> ledger.submit(RECIPIENT, "accounts:Redeem", "{}"));
        verify(contract, times(3)).newProposal("accounts:Redeem");
        assertEquals(LedgerUnavailable.Cause.UNREACHABLE, thrown.reason());
        assertTrue(thrown.getMessage().startsWith("accounts:Redeem failed on the Fabric network: UNAVAILABLE"),
                thrown.getMessage());
        assertTrue(thrown.getMessage().contains("CivilAffairsMSP@127.0.0.1:7051: rpc error"), thrown.getMessage());
    }

    @Test
    void aCommitThatIsNotConfirmedInTimeMakesTheLedgerUnavailable() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{}");
        when(round.submitted().getStatus()).thenThrow(new CommitStatusException("tx-1",
                gatewayError(io.grpc.Status.Code.DEADLINE_EXCEEDED, "context deadline exceeded")));
        when(contract.newProposal("accounts:Redeem")).thenReturn(round.builder());

        assertThrows(LedgerUnavailable.class, () -> ledger.submit(RECIPIENT, "accounts:Redeem", "{}"));
    }

    @Test
    void aChaincodeThatCrashedIsNotARefusal() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{}");
        when(round.proposal().endorse()).thenThrow(new EndorseException("tx-1", gatewayError(
                io.grpc.Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                "error in simulation: failed to execute transaction tx-1: chaincode stream terminated")));
        when(contract.newProposal("accounts:Redeem")).thenReturn(round.builder());

        assertThrows(LedgerUnavailable.class, () -> ledger.submit(RECIPIENT, "accounts:Redeem", "{}"));
    }

    @Test
    void peersThatDisagreeAreAskedAgainAndTheSecondAnswerCounts() throws Exception {
        final Round mismatch = round(TxValidationCode.VALID, "tx-1", "{}");
        when(mismatch.proposal().endorse()).thenThrow(new EndorseException("tx-1", gatewayError(
                io.grpc.Status.Code.ABORTED, "failed to assemble transaction: ProposalResponsePayloads do not match")));
        final Round committed = round(TxValidationCode.VALID, "tx-2", "{\"ok\":true}");
        when(contract.newProposal("services:ConfirmService")).thenReturn(mismatch.builder(), committed.builder());

        assertEquals("{\"ok\":true}", ledger.submit(RECIPIENT, "services:ConfirmService", CONFIRM));
        verify(contract, times(2)).newProposal("services:ConfirmService");
    }

    @Test
    void aPeerThatHasNotYetSeenANewMemberIsAskedAgain() throws Exception {
        final Round lagging = round(TxValidationCode.VALID, "tx-1", "{}");
        when(lagging.proposal().endorse()).thenThrow(new EndorseException("tx-1", gatewayError(io.grpc.Status.Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, NOT_FOUND: no member vol-0002")));
        final Round committed = round(TxValidationCode.VALID, "tx-2", "{}");
        when(contract.newProposal("services:SubmitService")).thenReturn(lagging.builder(), committed.builder());

        assertEquals("{}", ledger.submit(RECIPIENT, "services:SubmitService", "{}"));
    }

    @Test
    void aDisagreementThatLastsEndsAsUnavailableWithItsCause() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{}");
        when(round.proposal().endorse()).thenThrow(new EndorseException("tx-1", gatewayError(
                io.grpc.Status.Code.ABORTED, "failed to assemble transaction: ProposalResponsePayloads do not match")));
        when(contract.newProposal("accounts:Gift")).thenReturn(round.builder());

        final LedgerUnavailable thrown = assertThrows(LedgerUnavailable.class,
                () -> ledger.submit(RECIPIENT, "accounts:Gift", "{}"));
        assertEquals(LedgerUnavailable.Cause.DISAGREEMENT, thrown.reason());
        verify(contract, times(3)).newProposal("accounts:Gift");
    }

    @Test
    void aMalformedCreatorIsNotRetried() throws Exception {
        final Round round = round(TxValidationCode.VALID, "tx-1", "{}");
        when(round.proposal().endorse()).thenThrow(new EndorseException("tx-1", gatewayError(
                io.grpc.Status.Code.PERMISSION_DENIED, "creator is malformed")));
        when(contract.newProposal("accounts:Gift")).thenReturn(round.builder());

        assertThrows(LedgerUnavailable.class, () -> ledger.submit(RECIPIENT, "accounts:Gift", "{}"));
        verify(contract, times(1)).newProposal("accounts:Gift");
    }
}
