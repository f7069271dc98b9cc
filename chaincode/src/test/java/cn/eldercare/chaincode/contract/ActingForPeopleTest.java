package cn.eldercare.chaincode.contract;

import static cn.eldercare.chaincode.TimeBankFixture.BUREAU;
import static cn.eldercare.chaincode.TimeBankFixture.STATIONS;
import static cn.eldercare.chaincode.TimeBankFixture.actor;
import static cn.eldercare.chaincode.TimeBankFixture.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import cn.eldercare.chaincode.TimeBankFixture;
import cn.eldercare.chaincode.TimeBankFixture.Actor;

/**
 * Organisation-level client identities acting for people named in the transient field
 * {@code actor}: the contract still decides by MSP, role, member and station, and revoked
 * identities are refused.
 */
class ActingForPeopleTest {

    private final Actor regulator = actor(BUREAU, "regulator", "regulator", null, null);
    private final Actor clerkA = actor(STATIONS, "station", "clerk-a", null, "11");
    private final Actor clerkB = actor(STATIONS, "station", "clerk-b", null, "22");
    private final Actor alice = actor(STATIONS, "volunteer", "alice1", "alice1", null);
    private final Actor bob = actor(STATIONS, "volunteer", "bob001", "bob001", null);
    private TimeBankFixture bank;

    @BeforeEach
    void setUp() {
        bank = new TimeBankFixture();
        bank.ok(regulator, "admin:InitLedger", "{\"requestId\":\"init\",\"regulatorMsp\":\"" + BUREAU
                + "\",\"stationMsps\":[\"" + STATIONS + "\"],\"memberMsps\":[\"" + STATIONS + "\"]}");
        register(clerkA, "members:RegisterVolunteer", "alice1", 1960);
        register(clerkA, "members:RegisterVolunteer", "bob001", 1961);
        register(clerkA, "members:RegisterRecipient", "elder1", 1938);
        register(clerkB, "members:RegisterRecipient", "elder2", 1939);
    }

    @Test
    void membersRegisteredByAStationBelongToIt() {
        final JsonObject member = bank.read(bank.regulator, "members:GetMember", "{\"memberId\":\"elder2\"}");
        assertEquals("22", member.getAsJsonObject("member").get("stationId").getAsString());
        assertEquals(STATIONS + "/clerk-b", member.getAsJsonObject("member").get("registeredBy").getAsString());
    }

    @Test
    void aVolunteerActsOnTheirOwnAccountOnly() {
        final String record = submit(alice, "alice1", "elder1");
        bank.ok(actor(STATIONS, "recipient", "elder1", "elder1", null), "services:ConfirmService",
                "{\"requestId\":\"c1\",\"recordId\":\"" + record + "\",\"rating\":5}");
        bank.fails("FORBIDDEN", bob, "accounts:Donate",
                "{\"requestId\":\"d1\",\"memberId\":\"alice1\",\"minutes\":10,\"reason\":\"x\"}");
        bank.ok(alice, "accounts:Donate", "{\"requestId\":\"d1\",\"memberId\":\"alice1\",\"minutes\":10,\"reason\":\"x\"}");
        bank.fails("FORBIDDEN", bob, "services:SubmitService", service("s-bob", "alice1", "elder1", bank.now()));
    }

    @Test
    void aStationConfirmsForItsOwnRecipientsOnly() {
        final String forElder2 = submit(alice, "alice1", "elder2");
        final String message = bank.fails("FORBIDDEN", clerkA, "services:ConfirmService",
                "{\"requestId\":\"c-a\",\"recordId\":\"" + forElder2 + "\",\"rating\":5}");
        assertTrue(message.contains("station 11"), message);
        final JsonObject confirmed = bank.ok(clerkB, "services:ConfirmService",
                "{\"requestId\":\"c-b\",\"recordId\":\"" + forElder2 + "\",\"rating\":4}");
        assertEquals(STATIONS + "/clerk-b", confirmed.getAsJsonObject("record").get("decidedBy").getAsString());
    }

    @Test
    void aStationRecordsAndRegistersForItsOwnMembersOnly() {
        bank.fails("FORBIDDEN", clerkB, "services:SubmitService", service("s-b", "alice1", "elder2", bank.now()));
        bank.fails("FORBIDDEN", clerkB, "members:RegisterVolunteer",
                "{\"requestId\":\"r-x\",\"memberId\":\"carol1\",\"birthDate\":\"1960-01-01\",\"regionCode\":\"410105\","
                        + "\"stationId\":\"11\"}");
        bank.fails("FORBIDDEN", clerkB, "members:RecordRelative",
                "{\"requestId\":\"rel\",\"memberId\":\"alice1\",\"relativeId\":\"elder1\",\"kinship\":\"PARENT\"}");
    }

    @Test
    void theSamePersonCannotRecordAndConfirm() {
        bank.advance(Duration.ofMinutes(61));
        final JsonObject record = bank.ok(clerkA, "services:SubmitService",
                service("s-a", "alice1", "elder1", bank.now().minus(Duration.ofMinutes(60))));
        bank.fails("SELF_CONFIRMATION", clerkA, "services:ConfirmService",
                "{\"requestId\":\"c\",\"recordId\":\"" + record.get("recordId").getAsString() + "\",\"rating\":5}");
        bank.ok(actor(STATIONS, "station", "clerk-a2", null, "11"), "services:ConfirmService",
                "{\"requestId\":\"c\",\"recordId\":\"" + record.get("recordId").getAsString() + "\",\"rating\":5}");
    }

    @Test
    void anAgentWithoutAnActorOrWithAForeignRoleIsRefused() {
        bank.fails("FORBIDDEN", agent(STATIONS), "members:RegisterVolunteer",
                "{\"requestId\":\"r\",\"memberId\":\"dave01\",\"birthDate\":\"1960-01-01\",\"regionCode\":\"410105\"}");
        bank.fails("FORBIDDEN", actor(STATIONS, "regulator", "mallory", null, null), "accounts:IssueFromFund",
                "{\"requestId\":\"f\",\"memberId\":\"elder1\",\"minutes\":10,\"reason\":\"x\"}");
        bank.fails("INVALID_ARGUMENT", new Actor(agent(STATIONS), "{\"role\":\"volunteer\"}"), "accounts:Donate",
                "{\"requestId\":\"d\",\"memberId\":\"alice1\",\"minutes\":1,\"reason\":\"x\"}");
        bank.fails("INVALID_ARGUMENT", new Actor(agent(STATIONS), "not json"), "accounts:Donate",
                "{\"requestId\":\"d\",\"memberId\":\"alice1\",\"minutes\":1,\"reason\":\"x\"}");
    }

    @Test
    void aRevokedPersonOrCertificateIsRefused() {
        bank.fails("FORBIDDEN", clerkA, "admin:RevokeIdentity",
                "{\"requestId\":\"rv0\",\"identity\":\"" + STATIONS + "/alice1\",\"reason\":\"phone lost\"}");
        final JsonObject revocation = bank.ok(regulator, "admin:RevokeIdentity",
                "{\"requestId\":\"rv1\",\"identity\":\"" + STATIONS + "/alice1\",\"reason\":\"phone lost\"}");
        assertEquals(BUREAU + "/regulator", revocation.get("revokedBy").getAsString());
        bank.fails("REVOKED", alice, "services:SubmitService", service("s-r", "alice1", "elder1", bank.now()));
        submit(bob, "bob001", "elder1");

        final String certificate = TimeBankFixture.certificateId(agent(STATIONS));
        bank.ok(regulator, "admin:RevokeIdentity",
                "{\"requestId\":\"rv2\",\"identity\":\"" + certificate + "\",\"reason\":\"server key leaked\"}");
        bank.fails("REVOKED", clerkA, "members:RegisterVolunteer",
                "{\"requestId\":\"r-z\",\"memberId\":\"zed001\",\"birthDate\":\"1960-01-01\",\"regionCode\":\"410105\"}");
        bank.fails("INVALID_ARGUMENT", regulator, "admin:RevokeIdentity",
                "{\"requestId\":\"rv3\",\"identity\":\"" + BUREAU + "/regulator\",\"reason\":\"oops\"}");
    }

    private void register(final Actor who, final String function, final String memberId, final int year) {
        bank.ok(who, function, "{\"requestId\":\"reg-" + memberId + "\",\"memberId\":\"" + memberId
                + "\",\"birthDate\":\"" + year + "-03-01\",\"regionCode\":\"410105\"}");
    }

    private String submit(final Actor who, final String volunteer, final String recipient) {
        final Instant start = bank.now();
        bank.advance(Duration.ofMinutes(31));
        return bank.ok(who, "services:SubmitService", service("s-" + volunteer + start.getEpochSecond(), volunteer,
                recipient, start)).get("recordId").getAsString();
    }

    private static String service(final String requestId, final String volunteer, final String recipient,
            final Instant start) {
        return "{\"requestId\":\"" + requestId + "\",\"volunteerId\":\"" + volunteer + "\",\"recipientId\":\""
                + recipient + "\",\"categoryCode\":\"MEAL\",\"start\":\"" + start + "\",\"end\":\""
                + start.plus(Duration.ofMinutes(30)) + "\"}";
    }
}
