package cn.eldercare.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import cn.eldercare.chaincode.TimeBankFixture;
import cn.eldercare.chaincode.sim.SimIdentity;

class MemberRulesTest {

    private final TimeBankFixture bank = TimeBankFixture.initialised();

    private static String volunteerJson(final String requestId, final String memberId, final String birthDate) {
        return "{\"requestId\":\"" + requestId + "\",\"memberId\":\"" + memberId + "\",\"birthDate\":\""
                + birthDate + "\",\"regionCode\":\"320102\"}";
    }

    @Test
    void aResidentIdNumberNeverBecomesAMemberId() {
        final String message = bank.fails("INVALID_ARGUMENT", bank.station, "members:RegisterVolunteer",
                volunteerJson("r1", "11010519491231002X", "1949-12-31"));
        assertTrue(message.contains("resident ID"), message);
    }

    @Test
    void volunteersMustBeAdults() {
        bank.fails("UNDER_AGE", bank.station, "members:RegisterVolunteer",
                volunteerJson("r1", "vol-young1", "2010-01-01"));
    }

    @Test
    void membersMayRegisterThemselvesButNotOthers() {
        final SimIdentity self = TimeBankFixture.volunteer("vol-000001");
        bank.ok(self, "members:RegisterVolunteer", volunteerJson("r1", "vol-000001", "1960-01-01"));
        bank.fails("FORBIDDEN", self, "members:RegisterVolunteer", volunteerJson("r2", "vol-000002", "1960-01-01"));
        bank.fails("DUPLICATE", bank.station, "members:RegisterVolunteer",
                volunteerJson("r3", "vol-000001", "1960-01-01"));
    }

    @Test
    void aVolunteerCanAlsoBecomeARecipientWithTheSameBirthDate() {
        bank.registerVolunteer("mem-000001", 1950);
        bank.fails("INVALID_ARGUMENT", bank.station, "members:RegisterRecipient",
                "{\"requestId\":\"x\",\"memberId\":\"mem-000001\",\"birthDate\":\"1951-01-10\",\"regionCode\":\"320102\"}");
        bank.registerRecipient("mem-000001", 1950, null);
    }

    @Test
    void onlyOfficialsMarkPriorityElders() {
        bank.fails("FORBIDDEN", TimeBankFixture.recipient("rec-000001"), "members:RegisterRecipient",
                "{\"requestId\":\"x\",\"memberId\":\"rec-000001\",\"birthDate\":\"1940-01-01\",\"regionCode\":\"1\","
                        + "\"priority\":\"LOW_INCOME\"}");
        bank.fails("INVALID_ARGUMENT", bank.station, "members:RegisterRecipient",
                "{\"requestId\":\"y\",\"memberId\":\"rec-000001\",\"birthDate\":\"1940-01-01\",\"regionCode\":\"1\","
                        + "\"priority\":\"RICH\"}");
        bank.registerRecipient("rec-000001", 1940, "ALONE_80_PLUS");
    }

    @Test
    void relativesAreRecordedByOfficialsInBothDirections() {
        bank.registerVolunteer("child-0001", 1975);
        bank.registerRecipient("parent-001", 1945, null);
        final String relation = "{\"requestId\":\"rel\",\"memberId\":\"child-0001\",\"relativeId\":\"parent-001\","
                + "\"kinship\":\"PARENT\"}";
        bank.fails("FORBIDDEN", TimeBankFixture.volunteer("child-0001"), "members:RecordRelative", relation);
        bank.ok(bank.station, "members:RecordRelative", relation);
        final JsonObject parent = bank.read(TimeBankFixture.recipient("parent-001"), "members:GetMember",
                "{\"memberId\":\"parent-001\"}");
        final JsonObject link = parent.getAsJsonArray("relatives").get(0).getAsJsonObject();
        assertEquals("child-0001", link.get("relativeId").getAsString());
        assertEquals("CHILD", link.get("kinship").getAsString());
    }

    @Test
    void membersSeeOnlyThemselves() {
        bank.registerVolunteer("vol-000001", 1960);
        bank.registerVolunteer("vol-000002", 1960);
        final String other = "{\"memberId\":\"vol-000002\"}";
        assertTrue(bank.query(TimeBankFixture.volunteer("vol-000001"), "members:GetMember", other).message()
                .startsWith("FORBIDDEN"));
        assertTrue(bank.query(TimeBankFixture.volunteer("vol-000001"), "accounts:GetBalance", other).message()
                .startsWith("FORBIDDEN"));
    }

    @Test
    void aMemberOfAnUnlistedMspIsNobody() {
        bank.registerVolunteer("vol-000001", 1960);
        final SimIdentity foreign = new SimIdentity("OtherMSP", "vol-000001",
                Map.of("role", "volunteer", "memberId", "vol-000001"));
        assertTrue(bank.query(foreign, "accounts:GetBalance", "{\"memberId\":\"vol-000001\"}").message()
                .startsWith("FORBIDDEN"));
    }

    @Test
    void blockedMembersCannotBeCredited() {
        bank.registerVolunteer("vol-000001", 1960);
        bank.registerRecipient("rec-000001", 1940, null);
        final String record = bank.submitService("vol-000001", "rec-000001", "MEAL", bank.now().minusSeconds(7200), 30);
        final String block = "{\"requestId\":\"b1\",\"memberId\":\"vol-000001\",\"status\":\"BLOCKED\","
                + "\"reason\":\"hours bought\"}";
        bank.fails("FORBIDDEN", bank.station, "members:SetMemberStatus", block);
        bank.ok(bank.regulator, "members:SetMemberStatus", block);
        bank.fails("BLOCKED", TimeBankFixture.recipient("rec-000001"), "services:ConfirmService",
                "{\"requestId\":\"c\",\"recordId\":\"" + record + "\",\"rating\":5}");
    }
}
