package cn.eldercare.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.eldercare.chaincode.TimeBankFixture;
import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.sim.SimIdentity;

class RecordingTest {

    private static final String VOL = "vol-000001";
    private static final String REC = "rec-000001";

    private final TimeBankFixture bank = TimeBankFixture.initialised();

    RecordingTest() {
        bank.registerVolunteer(VOL, 1960);
        bank.registerRecipient(REC, 1938, null);
        bank.registerRecipient("rec-000002", 1939, null);
    }

    private String checkIn(final String requestId) {
        return bank.ok(TimeBankFixture.volunteer(VOL), "services:CheckIn", "{\"requestId\":\"" + requestId
                + "\",\"volunteerId\":\"" + VOL + "\",\"recipientId\":\"" + REC + "\",\"categoryCode\":\"BATH\"}")
                .get("recordId").getAsString();
    }

    private String action(final String requestId, final String recordId) {
        return "{\"requestId\":\"" + requestId + "\",\"recordId\":\"" + recordId + "\",\"reason\":\"changed plans\"}";
    }

    @Test
    void minutesAreCreditedOnlyAfterTheRecipientConfirms() {
        final String record = checkIn("in-1");
        bank.advance(Duration.ofMinutes(50));
        final JsonObject pending = bank.ok(TimeBankFixture.volunteer(VOL), "services:CheckOut", action("out-1", record));
        assertEquals("PENDING", pending.get("status").getAsString());
        assertEquals(0, bank.balance(VOL));
        final CommitOutcome outcome = bank.submit(TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"c1\",\"recordId\":\"" + record + "\",\"rating\":4,\"comment\":\"很好\"}");
        assertTrue(outcome.isCommitted(), outcome.result().message());
        assertEquals(50, bank.balance(VOL));
        final JsonObject event = JsonParser.parseString(
                outcome.result().event().getPayload().toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("TimeBank", outcome.result().event().getEventName());
        final JsonObject movement = event.getAsJsonArray("movements").get(0).getAsJsonObject();
        assertEquals("EARNED", movement.get("kind").getAsString());
        assertEquals(50, movement.get("minutes").getAsLong());
        assertEquals("CONFIRMED", event.getAsJsonArray("records").get(0).getAsJsonObject().get("status").getAsString());
    }

    @Test
    void overlappingWindowsOfAVolunteerAreRefused() {
        final Instant t = bank.now();
        bank.submitService(VOL, REC, "MEAL", t.minus(Duration.ofHours(3)), 60);
        bank.fails("OVERLAPPING_WINDOW", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("o1", REC, t.minus(Duration.ofMinutes(150)), t.minus(Duration.ofMinutes(90))));
        bank.submitService(VOL, "rec-000002", "MEAL", t.minus(Duration.ofHours(2)), 60);
    }

    @Test
    void overlapIsFoundAcrossMidnight() {
        bank.submitService(VOL, REC, "ESCORT", Instant.parse("2025-02-28T15:30:00Z"), 120);
        bank.fails("OVERLAPPING_WINDOW", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("o2", "rec-000002", Instant.parse("2025-02-28T16:40:00Z"),
                        Instant.parse("2025-02-28T17:10:00Z")));
    }

    @Test
    void anOpenCheckInBlocksOtherWindows() {
        checkIn("in-1");
        bank.advance(Duration.ofMinutes(10));
        bank.fails("OVERLAPPING_WINDOW", TimeBankFixture.volunteer(VOL), "services:CheckIn", "{\"requestId\":\"in-2\","
                + "\"volunteerId\":\"" + VOL + "\",\"recipientId\":\"rec-000002\",\"categoryCode\":\"BATH\"}");
        bank.fails("OVERLAPPING_WINDOW", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("s1", "rec-000002", bank.now().minusSeconds(300), bank.now()));
    }

    @Test
    void nobodyConfirmsTheirOwnService() {
        final SimIdentity clerk = bank.station;
        final String record = bank.ok(clerk, "services:SubmitService",
                submit("s1", REC, bank.now().minusSeconds(3600), bank.now().minusSeconds(1800)))
                .get("recordId").getAsString();
        final String confirm = "{\"requestId\":\"c1\",\"recordId\":\"" + record + "\",\"rating\":5}";
        bank.fails("FORBIDDEN", TimeBankFixture.volunteer(VOL), "services:ConfirmService", confirm);
        bank.fails("SELF_CONFIRMATION", clerk, "services:ConfirmService", confirm);
        final SimIdentity volunteeringClerk = new SimIdentity(TimeBankFixture.STATIONS, "clerk9",
                Map.of("role", "station", "memberId", VOL));
        bank.fails("SELF_CONFIRMATION", volunteeringClerk, "services:ConfirmService", confirm);
        bank.fails("FORBIDDEN", TimeBankFixture.recipient("rec-000002"), "services:ConfirmService", confirm);
        bank.ok(bank.otherStation, "services:ConfirmService", confirm);
        assertEquals(30, bank.balance(VOL));
    }

    @Test
    void ratingsRunFromOneToFive() {
        final String record = bank.submitService(VOL, REC, "MEAL", bank.now().minusSeconds(3600), 20);
        bank.fails("INVALID_ARGUMENT", TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"c1\",\"recordId\":\"" + record + "\",\"rating\":6}");
        bank.fails("INVALID_ARGUMENT", TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"c2\",\"recordId\":\"" + record + "\"}");
    }

    @Test
    void unconfirmedRecordsExpire() {
        final String record = bank.submitService(VOL, REC, "MEAL", bank.now().minusSeconds(3600), 20);
        bank.fails("INVALID_STATE", bank.station, "services:ExpireService", action("e1", record));
        bank.advance(Duration.ofDays(7).plusMinutes(1));
        bank.fails("EXPIRED", TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"c1\",\"recordId\":\"" + record + "\",\"rating\":5}");
        assertEquals("EXPIRED", bank.ok(bank.station, "services:ExpireService", action("e2", record))
                .get("status").getAsString());
        assertEquals(0, bank.balance(VOL));
    }

    @Test
    void aCancelledRecordFreesItsWindow() {
        final Instant start = bank.now().minusSeconds(3600);
        final String record = bank.submitService(VOL, REC, "MEAL", start, 20);
        bank.fails("FORBIDDEN", TimeBankFixture.recipient("rec-000002"), "services:CancelService",
                action("x1", record));
        bank.ok(TimeBankFixture.recipient(REC), "services:CancelService", action("x2", record));
        bank.fails("INVALID_STATE", TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"c1\",\"recordId\":\"" + record + "\",\"rating\":5}");
        bank.ok(TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("again", REC, start, start.plusSeconds(1200)));
    }

    @Test
    void weightedMinutesRoundHalfUp() {
        bank.ok(bank.regulator, "admin:PutCategory", "{\"requestId\":\"w\",\"code\":\"NIGHT\",\"nameZh\":\"夜间陪护\","
                + "\"nameEn\":\"Night watch\",\"weightPercent\":150}");
        final String record = bank.submitService(VOL, REC, "NIGHT", bank.now().minusSeconds(3600), 45);
        assertEquals(68, bank.confirm(record, REC, 5).get("creditedMinutes").getAsLong());
    }

    @Test
    void aRetriedRequestReturnsTheFirstResultAndCreditsOnce() {
        final String record = bank.submitService(VOL, REC, "MEAL", bank.now().minusSeconds(3600), 40);
        final JsonObject first = bank.confirm(record, REC, 5);
        final JsonObject retry = bank.confirm(record, REC, 5);
        assertEquals(first, retry);
        assertEquals(40, bank.balance(VOL));
        bank.fails("DUPLICATE", TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"c-" + record + "\",\"recordId\":\"" + record + "\",\"rating\":1}");
        bank.fails("INVALID_STATE", TimeBankFixture.recipient(REC), "services:ConfirmService",
                "{\"requestId\":\"other\",\"recordId\":\"" + record + "\",\"rating\":5}");
    }

    @Test
    void windowsMustBePlausible() {
        final Instant now = bank.now();
        bank.fails("INVALID_ARGUMENT", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("f1", REC, now, now.plus(Duration.ofMinutes(30))));
        bank.fails("INVALID_ARGUMENT", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("f2", REC, now.minus(Duration.ofHours(13)), now));
        bank.fails("INVALID_ARGUMENT", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("f3", REC, now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(8)).plusSeconds(600)));
        bank.fails("SELF_CONFIRMATION", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("f4", VOL, now.minusSeconds(600), now));
        bank.fails("NOT_FOUND", TimeBankFixture.volunteer(VOL), "services:SubmitService",
                submit("f5", REC, now.minusSeconds(600), now).replace("MEAL", "NOPE"));
    }

    private static String submit(final String requestId, final String recipientId, final Instant start,
            final Instant end) {
        return "{\"requestId\":\"" + requestId + "\",\"volunteerId\":\"" + VOL + "\",\"recipientId\":\""
                + recipientId + "\",\"categoryCode\":\"MEAL\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    @Test
    void aRecordsHistoryShowsEveryVersionNewestFirst() {
        final String record = checkIn("in-1");
        bank.advance(Duration.ofMinutes(30));
        bank.ok(TimeBankFixture.volunteer(VOL), "services:CheckOut", action("out-1", record));
        bank.confirm(record, REC, 5);
        final JsonArray versions = JsonParser.parseString(bank.query(bank.regulator,
                "services:GetServiceRecordHistory", "{\"recordId\":\"" + record + "\"}").payload()).getAsJsonArray();
        assertEquals(3, versions.size());
        assertEquals("CONFIRMED", versions.get(0).getAsJsonObject().getAsJsonObject("record").get("status")
                .getAsString());
        assertEquals("OPEN", versions.get(2).getAsJsonObject().getAsJsonObject("record").get("status").getAsString());
        assertEquals(record, versions.get(2).getAsJsonObject().get("txId").getAsString());
        assertTrue(bank.query(TimeBankFixture.recipient("rec-000002"), "services:GetServiceRecordHistory",
                "{\"recordId\":\"" + record + "\"}").message().startsWith("FORBIDDEN"));
    }
}
