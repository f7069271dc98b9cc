package cn.eldercare.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.TxProposal;

/**
 * Thousands of random operations by many members (services, confirmations, redemptions, gifts,
 * donations, fund issues and pool grants, retries of earlier requests, pairs of debits racing in
 * one block) with the ledger audited after every commit. Run with -Dinvariant.seed=N to vary.
 */
class RandomOperationsTest {

    private static final int STEPS = 3_000;
    private static final int VOLUNTEERS = 16;
    private static final int RECIPIENTS = 8;

    private final long seed = Long.getLong("invariant.seed", 20250301L);
    private final Random random = new Random(seed);
    private final TimeBankFixture bank = TimeBankFixture.initialised();
    private final LedgerAudit audit = new LedgerAudit();
    private final List<String> members = new ArrayList<>();
    private final List<String> pendingRecords = new ArrayList<>();
    private final List<Submitted> committed = new ArrayList<>();
    private final Map<Op, Integer> counts = new EnumMap<>(Op.class);
    private int requests;

    enum Op { SERVICE, CONFIRM, REDEEM, GIFT, DONATE, ISSUE, GRANT, RETRY, RACE, EXPIRE }

    private record Submitted(TxProposal proposal, String payload) {
    }

    @Test
    void invariantsHoldAfterEveryStep() {
        setUp();
        for (int step = 0; step < STEPS; step++) {
            bank.advance(Duration.ofMinutes(1 + random.nextInt(20)));
            final Op op = Op.values()[random.nextInt(Op.values().length)];
            counts.merge(op, 1, Integer::sum);
            run(op);
        }
        final JsonObject totals = bank.read(bank.regulator, "accounts:GetTotals", "{}");
        assertTrue(totals.get("balanced").getAsBoolean(), "seed " + seed + ": " + totals);
        assertEquals(audit.accounts(), totals.get("accounts").getAsLong(), "seed " + seed);
        assertEquals(audit.pool(), totals.get("pool").getAsLong(), "seed " + seed);
        assertTrue(audit.creditedRecords() > 100, "the run should credit many services: " + counts);
        for (final String function : List.of("accounts:Redeem", "accounts:Gift", "accounts:Donate",
                "accounts:IssueFromFund", "accounts:GrantFromPool", "services:ExpireService")) {
            assertTrue(committed.stream().anyMatch(s -> function.equals(
                    new String(s.proposal().args().get(0), StandardCharsets.UTF_8))),
                    "the run should commit some " + function);
        }
    }

    private void setUp() {
        bank.ok(bank.regulator, "admin:SetRules", "{\"requestId\":\"rules\",\"rules\":{\"storageCapMinutes\":900,"
                + "\"redeemThresholdMinutes\":60}}");
        for (int i = 0; i < VOLUNTEERS; i++) {
            final String id = String.format("vol-%06d", i);
            bank.registerVolunteer(id, 1950 + i * 3);
            members.add(id);
        }
        for (int i = 0; i < RECIPIENTS; i++) {
            final String id = String.format("rec-%06d", i);
            bank.registerRecipient(id, 1930 + i * 2, i % 2 == 0 ? "ALONE_80_PLUS" : null);
            members.add(id);
            bank.ok(bank.station, "members:RecordRelative", String.format("{\"requestId\":\"rel-%d\",\"memberId\":"
                    + "\"vol-%06d\",\"relativeId\":\"%s\",\"kinship\":\"PARENT\"}", i, VOLUNTEERS - 1 - i, id));
        }
    }

    private void run(final Op op) {
        switch (op) {
            case SERVICE -> service();
            case CONFIRM -> confirm();
            case REDEEM -> submitAsOwner(member(), "accounts:Redeem", "\"categoryCode\":\"MEAL\",\"minutes\":%d"
                    + (random.nextBoolean() ? "" : ",\"beneficiaryId\":\"" + member() + "\""));
            case GIFT -> submitAsOwner(member(), "accounts:Gift", "\"counterpartyId\":\"" + member()
                    + "\",\"minutes\":%d");
            case DONATE -> submitAsOwner(member(), "accounts:Donate", "\"minutes\":%d");
            case ISSUE -> submit(bank.regulator, "accounts:IssueFromFund", transfer(member()));
            case GRANT -> submit(bank.regulator, "accounts:GrantFromPool", transfer(member()));
            case RETRY -> retry();
            case RACE -> race();
            case EXPIRE -> {
                if (!pendingRecords.isEmpty()) {
                    submit(bank.station, "services:ExpireService", String.format(
                            "{\"requestId\":\"%s\",\"recordId\":\"%s\"}", nextRequestId(), pick(pendingRecords)));
                }
            }
        }
    }

    private void service() {
        final String volunteer = String.format("vol-%06d", random.nextInt(VOLUNTEERS));
        final Instant start = bank.now().minus(Duration.ofMinutes(random.nextInt(600) + 130));
        final String json = String.format("{\"requestId\":\"%s\",\"volunteerId\":\"%s\",\"recipientId\":\"rec-%06d\","
                + "\"categoryCode\":\"MEAL\",\"start\":\"%s\",\"end\":\"%s\"}", nextRequestId(), volunteer,
                random.nextInt(RECIPIENTS), start, start.plus(Duration.ofMinutes(10 + random.nextInt(120))));
        final CommitOutcome outcome = submit(TimeBankFixture.volunteer(volunteer), "services:SubmitService", json);
        if (outcome.isCommitted()) {
            pendingRecords.add(JsonParser.parseString(outcome.result().payload()).getAsJsonObject()
                    .get("recordId").getAsString());
        }
    }

    private void confirm() {
        if (pendingRecords.isEmpty()) {
            return;
        }
        final String record = pick(pendingRecords);
        final SimIdentity confirmer = random.nextBoolean() ? bank.station : bank.otherStation;
        submit(confirmer, "services:ConfirmService", String.format("{\"requestId\":\"%s\",\"recordId\":\"%s\","
                + "\"rating\":%d}", nextRequestId(), record, 1 + random.nextInt(5)));
    }

    /** Replays a committed request exactly: it must return the first result and write nothing. */
    private void retry() {
        if (committed.isEmpty()) {
            return;
        }
        final Submitted earlier = committed.get(random.nextInt(committed.size()));
        final TxProposal original = earlier.proposal();
        final TxProposal replay = new TxProposal(original.channelId(), "retry-" + nextRequestId(), bank.now(),
                original.creator(), original.args(), original.transientData());
        final CommitOutcome outcome = bank.ledger.submit(replay);
        assertTrue(outcome.isCommitted(), () -> "seed " + seed + ": retry failed " + outcome.result().message());
        assertEquals(earlier.payload(), outcome.result().payload(), "seed " + seed + ": a retry must return the "
                + "original result");
        assertTrue(outcome.result().readWriteSet().isReadOnly(), "seed " + seed + ": a retry must not write");
        audit.afterCommit(outcome);
    }

    /** Two debits of one account endorsed on the same state: at most one may commit. */
    private void race() {
        final String owner = member();
        final SimIdentity who = identity(owner);
        final List<TxProposal> proposals = List.of(
                bank.proposal(who, "accounts:Donate", owned(owner, "\"minutes\":%d")),
                bank.proposal(who, "accounts:Redeem", owned(owner, "\"categoryCode\":\"MEAL\",\"minutes\":%d")));
        final var endorsed = proposals.stream().map(bank.ledger::evaluate).toList();
        for (int i = 0; i < proposals.size(); i++) {
            record(proposals.get(i), bank.ledger.commit(proposals.get(i), endorsed.get(i)));
        }
    }

    private CommitOutcome submitAsOwner(final String owner, final String function, final String fields) {
        return submit(identity(owner), function, owned(owner, fields));
    }

    private String owned(final String owner, final String fields) {
        return String.format("{\"requestId\":\"%s\",\"memberId\":\"%s\"," + fields + "}", nextRequestId(), owner,
                1 + random.nextInt(200));
    }

    private String transfer(final String member) {
        return String.format("{\"requestId\":\"%s\",\"memberId\":\"%s\",\"minutes\":%d,\"reason\":\"backstop\"}",
                nextRequestId(), member, 1 + random.nextInt(300));
    }

    private CommitOutcome submit(final SimIdentity who, final String function, final String json) {
        final TxProposal proposal = bank.proposal(who, function, json);
        return record(proposal, bank.ledger.submit(proposal));
    }

    private CommitOutcome record(final TxProposal proposal, final CommitOutcome outcome) {
        if (outcome.isCommitted()) {
            committed.add(new Submitted(proposal, outcome.result().payload()));
            audit.afterCommit(outcome);
        } else {
            final String message = String.valueOf(outcome.result().message());
            assertTrue(message.matches("[A-Z_]+: .*") || outcome.code().name().contains("CONFLICT"),
                    () -> "seed " + seed + ": unexpected failure " + message);
        }
        return outcome;
    }

    private SimIdentity identity(final String memberId) {
        return memberId.startsWith("vol") ? TimeBankFixture.volunteer(memberId) : TimeBankFixture.recipient(memberId);
    }

    private String member() {
        return pick(members);
    }

    private <T> T pick(final List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String nextRequestId() {
        return "q" + (++requests);
    }
}
