package cn.eldercare.app.it;

import static cn.eldercare.app.it.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The regulator's comparison of the read model with the ledger, on whichever ledger the server runs
 * (embedded, or Fabric in CI's third run): after the demo world's services, confirmations and
 * relatives, every account agrees once the read model has caught up, and only the regulator may ask.
 */
class ReadModelCheckIT {

    private static final String CHECK = "/api/timebank/read-model/check";

    @Test
    void everyAccountOfTheReadModelAgreesWithTheLedger() {
        JsonObject report = null;
        for (int attempt = 0; attempt < 300; attempt++) {
            Api.Reply reply = get("regulator", CHECK);
            assertEquals(200, reply.status(), reply::toString);
            report = reply.json();
            if (report.getJsonArray("mismatches").isEmpty()
                    && report.getJsonNumber("ledgerAccountsTotal").longValue() == report.getJsonNumber("readModelAccountsTotal").longValue()) {
                break;
            }
            Api.sleep(200);
        }
        assertTrue(report.getJsonArray("mismatches").isEmpty(), report::toString);
        assertEquals(report.getJsonNumber("ledgerAccountsTotal").longValue(),
                report.getJsonNumber("readModelAccountsTotal").longValue(), report::toString);
        assertTrue(report.getInt("accounts") >= 2, report::toString);
        assertTrue(report.getJsonNumber("movements").longValue() >= 12, report::toString);
    }

    @Test
    void onlyTheRegulatorMayCompare() {
        assertEquals(403, get("station", CHECK).status());
        assertEquals(403, get("volunteer", CHECK).status());
    }
}
