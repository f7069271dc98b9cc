package cn.eldercare.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.eldercare.chaincode.TimeBankFixture;
import cn.eldercare.chaincode.sim.SimIdentity;

class LedgerSetupTest {

    private static final String INIT = "{\"requestId\":\"init\",\"regulatorMsp\":\"CivilAffairsMSP\","
            + "\"stationMsps\":[\"StationOperatorMSP\"],\"memberMsps\":[\"CivilAffairsMSP\"]}";

    @Test
    void nothingWorksBeforeInitialisation() {
        final TimeBankFixture bank = new TimeBankFixture();
        bank.fails("NOT_INITIALISED", bank.station, "members:RegisterVolunteer",
                "{\"requestId\":\"r\",\"memberId\":\"vol-000001\",\"birthDate\":\"1960-01-01\",\"regionCode\":\"1\"}");
    }

    @Test
    void onlyARegulatorOfTheNamedMspMayInitialise() {
        final TimeBankFixture bank = new TimeBankFixture();
        bank.fails("FORBIDDEN", bank.station, "admin:InitLedger", INIT);
        final SimIdentity impostor = new SimIdentity("StationOperatorMSP", "x", Map.of("role", "regulator"));
        bank.fails("FORBIDDEN", impostor, "admin:InitLedger", INIT);
        bank.ok(bank.regulator, "admin:InitLedger", INIT);
        bank.fails("DUPLICATE", bank.regulator, "admin:InitLedger", INIT.replace("\"init\"", "\"init-2\""));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        final TimeBankFixture bank = TimeBankFixture.initialised();
        final JsonObject rules = bank.read(bank.station, "admin:GetConfig").getAsJsonObject("rules");
        assertEquals(90_000, rules.get("storageCapMinutes").getAsInt());
        assertEquals(0, rules.get("redeemThresholdMinutes").getAsInt());
        assertEquals(60, rules.get("minRedeemAge").getAsInt());
        assertEquals(168, rules.get("pendingExpiryHours").getAsInt());
        final JsonArray categories = JsonParser.parseString(bank.query(bank.station, "admin:ListCategories").payload())
                .getAsJsonArray();
        assertEquals(14, categories.size());
    }

    @Test
    void theRegulatorChangesRulesAndNobodyElse() {
        final TimeBankFixture bank = TimeBankFixture.initialised();
        final String patch = "{\"requestId\":\"r1\",\"rules\":{\"redeemThresholdMinutes\":6000}}";
        bank.fails("FORBIDDEN", bank.station, "admin:SetRules", patch);
        bank.fails("FORBIDDEN", TimeBankFixture.volunteer("vol-000001"), "admin:SetRules", patch);
        final JsonObject config = bank.ok(bank.regulator, "admin:SetRules", patch);
        assertEquals(6000, config.getAsJsonObject("rules").get("redeemThresholdMinutes").getAsInt());
        assertEquals(90_000, config.getAsJsonObject("rules").get("storageCapMinutes").getAsInt());
        bank.fails("INVALID_ARGUMENT", bank.regulator, "admin:SetRules",
                "{\"requestId\":\"r2\",\"rules\":{\"maxServiceMinutes\":2000}}");
    }

    @Test
    void theRegulatorKeepsTheCatalogue() {
        final TimeBankFixture bank = TimeBankFixture.initialised();
        final String category = "{\"requestId\":\"c1\",\"code\":\"NIGHT_WATCH\",\"nameZh\":\"夜间陪护\","
                + "\"nameEn\":\"Night watch\",\"weightPercent\":150}";
        bank.fails("FORBIDDEN", bank.station, "admin:PutCategory", category);
        assertEquals(150, bank.ok(bank.regulator, "admin:PutCategory", category).get("weightPercent").getAsInt());
        bank.fails("INVALID_ARGUMENT", bank.regulator, "admin:PutCategory",
                category.replace("150", "0").replace("c1", "c2"));
    }

    @Test
    void malformedRequestsAreInvalidArguments() {
        final TimeBankFixture bank = TimeBankFixture.initialised();
        bank.fails("INVALID_ARGUMENT", bank.regulator, "admin:SetRules", "not json");
        bank.fails("INVALID_ARGUMENT", bank.regulator, "admin:SetRules", "{\"rules\":{}}");
        bank.fails("NOT_FOUND", bank.regulator, "admin:NoSuchThing", "{}");
    }
}
