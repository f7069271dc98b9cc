package cn.eldercare.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.TimeBankFixture;
import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.SimulationResult;
import cn.eldercare.chaincode.sim.TxProposal;
import cn.eldercare.chaincode.sim.ValidationCode;

/**
 * Transactions endorsed against the same state and committed one after the other, as in one
 * Fabric block: which ones MVCC lets through.
 */
class ConcurrencyTest {

    private final TimeBankFixture bank = TimeBankFixture.initialised();

    ConcurrencyTest() {
        bank.registerRecipient("rec-000001", 1938, null);
        for (int i = 1; i <= 3; i++) {
            bank.registerVolunteer("vol-00000" + i, 1960);
        }
    }

    private ValidationCode[] inOneBlock(final TxProposal... proposals) {
        final SimulationResult[] endorsed = new SimulationResult[proposals.length];
        for (int i = 0; i < proposals.length; i++) {
            endorsed[i] = bank.ledger.evaluate(proposals[i]);
        }
        final ValidationCode[] codes = new ValidationCode[proposals.length];
        for (int i = 0; i < proposals.length; i++) {
            final CommitOutcome outcome = bank.ledger.commit(proposals[i], endorsed[i]);
            codes[i] = outcome.code();
        }
        return codes;
    }

    private TxProposal confirmation(final String recordId, final String requestId) {
        return bank.proposal(TimeBankFixture.recipient("rec-000001"), "services:ConfirmService",
                "{\"requestId\":\"" + requestId + "\",\"recordId\":\"" + recordId + "\",\"rating\":5}");
    }

    @Test
    void creditsForDifferentVolunteersNeverConflict() {
        final Instant start = bank.now().minus(Duration.ofHours(2));
        final String r1 = bank.submitService("vol-000001", "rec-000001", "MEAL", start, 30);
        final String r2 = bank.submitService("vol-000002", "rec-000001", "MEAL", start, 30);
        final String r3 = bank.submitService("vol-000003", "rec-000001", "MEAL", start, 30);
        final ValidationCode[] codes = inOneBlock(confirmation(r1, "a"), confirmation(r2, "b"), confirmation(r3, "c"));
        assertEquals(ValidationCode.VALID, codes[0]);
        assertEquals(ValidationCode.VALID, codes[1]);
        assertEquals(ValidationCode.VALID, codes[2]);
    }

    @Test
    void twoDebitsOfOneAccountAreSerialised() {
        bank.earn("vol-000001", "rec-000001", 60);
        final SimIdentity owner = TimeBankFixture.volunteer("vol-000001");
        final String donate = "{\"requestId\":\"%s\",\"memberId\":\"vol-000001\",\"minutes\":40}";
        final ValidationCode[] codes = inOneBlock(
                bank.proposal(owner, "accounts:Donate", String.format(donate, "d1")),
                bank.proposal(owner, "accounts:Donate", String.format(donate, "d2")));
        assertEquals(ValidationCode.VALID, codes[0]);
        assertEquals(ValidationCode.MVCC_READ_CONFLICT, codes[1]);
        assertEquals(20, bank.balance("vol-000001"));
    }

    @Test
    void aRequestRacingItsOwnRetryCommitsOnce() {
        final String r1 = bank.submitService("vol-000001", "rec-000001", "MEAL", bank.now().minusSeconds(3600), 30);
        final ValidationCode[] codes = inOneBlock(confirmation(r1, "same"), confirmation(r1, "same"));
        assertEquals(ValidationCode.VALID, codes[0]);
        assertEquals(ValidationCode.MVCC_READ_CONFLICT, codes[1]);
        assertEquals(30, bank.balance("vol-000001"));
    }

    @Test
    void overlappingSubmissionsRacingEachOtherCommitOnce() {
        final Instant start = bank.now().minus(Duration.ofHours(2));
        final String submit = "{\"requestId\":\"%s\",\"volunteerId\":\"vol-000001\",\"recipientId\":\"rec-000001\","
                + "\"categoryCode\":\"MEAL\",\"start\":\"%s\",\"end\":\"%s\"}";
        final SimIdentity volunteer = TimeBankFixture.volunteer("vol-000001");
        final ValidationCode[] codes = inOneBlock(
                bank.proposal(volunteer, "services:SubmitService", String.format(submit, "s1", start,
                        start.plusSeconds(1800))),
                bank.proposal(volunteer, "services:SubmitService", String.format(submit, "s2", start.plusSeconds(600),
                        start.plusSeconds(2400))));
        assertEquals(ValidationCode.VALID, codes[0]);
        assertEquals(ValidationCode.PHANTOM_READ_CONFLICT, codes[1]);
    }

    @Test
    void donationsToThePoolDoNotBlockEachOther() {
        bank.earn("vol-000001", "rec-000001", 60);
        bank.earn("vol-000002", "rec-000001", 60);
        final String donate = "{\"requestId\":\"d\",\"memberId\":\"%s\",\"minutes\":10}";
        final ValidationCode[] codes = inOneBlock(
                bank.proposal(TimeBankFixture.volunteer("vol-000001"), "accounts:Donate",
                        String.format(donate, "vol-000001")),
                bank.proposal(TimeBankFixture.volunteer("vol-000002"), "accounts:Donate",
                        String.format(donate, "vol-000002")));
        assertEquals(ValidationCode.VALID, codes[0]);
        assertEquals(ValidationCode.VALID, codes[1]);
    }
}
