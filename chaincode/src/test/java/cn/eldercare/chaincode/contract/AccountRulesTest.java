package cn.eldercare.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import cn.eldercare.chaincode.TimeBankFixture;

class AccountRulesTest {

    private static final String SENIOR = "vol-senior";
    private static final String YOUNG = "vol-young1";
    private static final String PARENT = "rec-parent";
    private static final String ELDER = "rec-elder1";

    private final TimeBankFixture bank = TimeBankFixture.initialised();

    AccountRulesTest() {
        bank.registerVolunteer(SENIOR, 1960);
        bank.registerVolunteer(YOUNG, 1985);
        bank.registerRecipient(PARENT, 1950, null);
        bank.registerRecipient(ELDER, 1936, "ALONE_80_PLUS");
        bank.ok(bank.station, "members:RecordRelative", "{\"requestId\":\"rel\",\"memberId\":\"" + YOUNG
                + "\",\"relativeId\":\"" + PARENT + "\",\"kinship\":\"PARENT\"}");
    }

    private static String redeem(final String id, final String payer, final String beneficiary, final long minutes) {
        return "{\"requestId\":\"" + id + "\",\"memberId\":\"" + payer + "\""
                + (beneficiary == null ? "" : ",\"beneficiaryId\":\"" + beneficiary + "\"")
                + ",\"categoryCode\":\"CLEANING\",\"minutes\":" + minutes + "}";
    }

    private static String transfer(final String id, final String member, final String counterparty,
            final long minutes) {
        return "{\"requestId\":\"" + id + "\",\"memberId\":\"" + member + "\",\"counterpartyId\":\"" + counterparty
                + "\",\"minutes\":" + minutes + ",\"reason\":\"backstop\"}";
    }

    private long pool() {
        return bank.read(bank.regulator, "accounts:GetPool").get("balance").getAsLong();
    }

    @Test
    void redeemingForOneselfWaitsForTheRedemptionAge() {
        bank.earn(YOUNG, ELDER, 60);
        bank.fails("UNDER_AGE", TimeBankFixture.volunteer(YOUNG), "accounts:Redeem", redeem("r1", YOUNG, null, 30));
        bank.earn(SENIOR, ELDER, 60);
        bank.ok(TimeBankFixture.volunteer(SENIOR), "accounts:Redeem", redeem("r2", SENIOR, null, 30));
        assertEquals(30, bank.balance(SENIOR));
    }

    @Test
    void aYoungerMemberRedeemsForARegisteredParent() {
        bank.earn(YOUNG, ELDER, 60);
        bank.fails("NOT_RELATIVE", TimeBankFixture.volunteer(YOUNG), "accounts:Redeem", redeem("r1", YOUNG, ELDER, 30));
        final JsonObject result = bank.ok(TimeBankFixture.volunteer(YOUNG), "accounts:Redeem",
                redeem("r2", YOUNG, PARENT, 30));
        final JsonObject movement = result.getAsJsonArray("movements").get(0).getAsJsonObject();
        assertEquals(-30, movement.get("minutes").getAsLong());
        assertEquals(PARENT, movement.get("counterparty").getAsString());
        assertEquals(30, movement.get("balanceAfter").getAsLong());
    }

    @Test
    void noBalanceGoesNegative() {
        bank.earn(SENIOR, ELDER, 20);
        bank.fails("INSUFFICIENT_BALANCE", TimeBankFixture.volunteer(SENIOR), "accounts:Redeem",
                redeem("r1", SENIOR, null, 21));
        bank.fails("INSUFFICIENT_BALANCE", TimeBankFixture.volunteer(SENIOR), "accounts:Donate",
                transfer("d1", SENIOR, "x", 21));
        bank.fails("INVALID_ARGUMENT", TimeBankFixture.volunteer(SENIOR), "accounts:Redeem",
                redeem("r2", SENIOR, null, -5));
    }

    @Test
    void redeemingStartsAfterTheThreshold() {
        bank.ok(bank.regulator, "admin:SetRules", "{\"requestId\":\"t\",\"rules\":{\"redeemThresholdMinutes\":100}}");
        bank.earn(SENIOR, ELDER, 60);
        bank.fails("BELOW_THRESHOLD", TimeBankFixture.volunteer(SENIOR), "accounts:Redeem",
                redeem("r1", SENIOR, null, 10));
        bank.earn(SENIOR, ELDER, 40);
        bank.ok(TimeBankFixture.volunteer(SENIOR), "accounts:Redeem", redeem("r2", SENIOR, null, 10));
    }

    @Test
    void membersMoveOnlyTheirOwnMinutes() {
        bank.earn(SENIOR, ELDER, 60);
        bank.fails("FORBIDDEN", TimeBankFixture.volunteer(YOUNG), "accounts:Redeem", redeem("r1", SENIOR, null, 10));
        bank.fails("FORBIDDEN", bank.station, "accounts:Donate", transfer("d1", SENIOR, "x", 10));
    }

    @Test
    void giftsGoToRegisteredRelativesWithinTheirCap() {
        bank.earn(YOUNG, ELDER, 90);
        bank.fails("NOT_RELATIVE", TimeBankFixture.volunteer(YOUNG), "accounts:Gift", transfer("g1", YOUNG, SENIOR, 10));
        final JsonObject gift = bank.ok(TimeBankFixture.volunteer(YOUNG), "accounts:Gift",
                transfer("g2", YOUNG, PARENT, 30));
        assertEquals(2, gift.getAsJsonArray("movements").size());
        assertEquals(60, bank.balance(YOUNG));
        assertEquals(30, bank.balance(PARENT));
        bank.ok(bank.regulator, "admin:SetRules", "{\"requestId\":\"cap\",\"rules\":{\"storageCapMinutes\":50}}");
        bank.fails("CAP_EXCEEDED", TimeBankFixture.volunteer(YOUNG), "accounts:Gift", transfer("g3", YOUNG, PARENT, 21));
    }

    @Test
    void creditAboveTheStorageCapGoesToThePool() {
        bank.ok(bank.regulator, "admin:SetRules", "{\"requestId\":\"cap\",\"rules\":{\"storageCapMinutes\":60}}");
        bank.earn(SENIOR, ELDER, 45);
        final JsonObject second = bank.earn(SENIOR, ELDER, 45);
        assertEquals(15, second.get("creditedMinutes").getAsLong());
        assertEquals(30, second.get("toPoolMinutes").getAsLong());
        assertEquals(60, bank.balance(SENIOR));
        assertEquals(30, pool());
    }

    @Test
    void donationsFillThePoolAndTheRegulatorGrantsFromIt() {
        bank.earn(SENIOR, ELDER, 90);
        bank.ok(TimeBankFixture.volunteer(SENIOR), "accounts:Donate", transfer("d1", SENIOR, "x", 50));
        assertEquals(50, pool());
        bank.fails("FORBIDDEN", bank.station, "accounts:GrantFromPool", transfer("g1", ELDER, "x", 20));
        bank.fails("NOT_ELIGIBLE", bank.regulator, "accounts:GrantFromPool", transfer("g2", PARENT, "x", 20));
        bank.fails("INSUFFICIENT_BALANCE", bank.regulator, "accounts:GrantFromPool", transfer("g3", ELDER, "x", 51));
        bank.ok(bank.regulator, "accounts:GrantFromPool", transfer("g4", ELDER, "x", 20));
        assertEquals(30, pool());
        assertEquals(20, bank.balance(ELDER));
    }

    @Test
    void theFundIssuesMinutesToPriorityEldersOnly() {
        bank.fails("FORBIDDEN", bank.station, "accounts:IssueFromFund", transfer("i1", ELDER, "x", 600));
        bank.fails("NOT_ELIGIBLE", bank.regulator, "accounts:IssueFromFund", transfer("i2", PARENT, "x", 600));
        bank.ok(bank.regulator, "accounts:IssueFromFund", transfer("i3", ELDER, "x", 600));
        assertEquals(600, bank.balance(ELDER));
        bank.ok(TimeBankFixture.recipient(ELDER), "accounts:Redeem", redeem("r1", ELDER, null, 100));
        assertEquals(500, bank.balance(ELDER));
    }

    @Test
    void statementsArePagedOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            bank.earn(SENIOR, ELDER, i * 10);
        }
        final String page = "{\"memberId\":\"" + SENIOR + "\",\"pageSize\":2,\"bookmark\":\"%s\"}";
        final JsonObject first = bank.read(TimeBankFixture.volunteer(SENIOR), "accounts:GetStatement",
                String.format(page, ""));
        assertEquals(10, first.getAsJsonArray("movements").get(0).getAsJsonObject().get("minutes").getAsLong());
        final JsonObject second = bank.read(TimeBankFixture.volunteer(SENIOR), "accounts:GetStatement",
                String.format(page, first.get("bookmark").getAsString()));
        final JsonObject third = bank.read(TimeBankFixture.volunteer(SENIOR), "accounts:GetStatement",
                String.format(page, second.get("bookmark").getAsString()));
        assertEquals(1, third.getAsJsonArray("movements").size());
        assertEquals(150, third.getAsJsonArray("movements").get(0).getAsJsonObject().get("balanceAfter").getAsLong());
        assertEquals("", third.get("bookmark").getAsString());
    }

    @Test
    void totalsBalanceAndSplitByRegion() {
        bank.earn(SENIOR, ELDER, 90);
        bank.ok(TimeBankFixture.volunteer(SENIOR), "accounts:Donate", transfer("d1", SENIOR, "x", 20));
        bank.ok(bank.regulator, "accounts:IssueFromFund", transfer("i1", ELDER, "x", 100));
        bank.ok(TimeBankFixture.volunteer(SENIOR), "accounts:Redeem", redeem("r1", SENIOR, null, 30));
        final JsonObject totals = bank.read(bank.regulator, "accounts:GetTotals", "{}");
        assertEquals(90, totals.get("earned").getAsLong());
        assertEquals(100, totals.get("issued").getAsLong());
        assertEquals(30, totals.get("redeemed").getAsLong());
        assertTrue(totals.get("balanced").getAsBoolean());
        assertEquals(90, bank.read(bank.regulator, "accounts:GetTotals", "{\"regionCode\":\"320102\",\"month\":\"202503\"}")
                .get("earned").getAsLong());
        assertEquals(0, bank.read(bank.regulator, "accounts:GetTotals", "{\"regionCode\":\"110101\"}")
                .get("earned").getAsLong());
    }
}
