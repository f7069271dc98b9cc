package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.eldercare.chaincode.sim.ShimDispatcher;
import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;

/**
 * Time-bank calls the tests (and the crash-test child) make through the {@link Ledger} interface,
 * signed as the service layer signs them: one MSP per role of {@link EmbeddedNetwork#DEFAULT}.
 */
final class TimeBankClient {

    /** Built once per JVM: the shim scans the class path for serializers. */
    static final ShimDispatcher CONTRACTS = EmbeddedLedger.timeBankContracts();

    static final LedgerIdentity REGULATOR = new LedgerIdentity("RegulatorMSP", "regulator1", "regulator", null);
    static final LedgerIdentity STATION = new LedgerIdentity("StationMSP", "station1", "station", null);

    private final Ledger ledger;

    TimeBankClient(final Ledger ledger) {
        this.ledger = ledger;
    }

    static LedgerIdentity volunteer(final String memberId) {
        return new LedgerIdentity("MemberMSP", memberId, "volunteer", memberId);
    }

    static JsonObject json(final String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    void registerVolunteer(final String memberId) {
        ledger.submit(STATION, "members:RegisterVolunteer", String.format(
                "{\"requestId\":\"reg-%s\",\"memberId\":\"%s\",\"birthDate\":\"1958-05-20\",\"regionCode\":\"410102\"}",
                memberId, memberId));
    }

    void registerRecipient(final String memberId) {
        ledger.submit(STATION, "members:RegisterRecipient", String.format(
                "{\"requestId\":\"reg-%s\",\"memberId\":\"%s\",\"birthDate\":\"1938-05-20\",\"regionCode\":\"410102\"}",
                memberId, memberId));
    }

    /** The volunteer records a service; returns the record id. */
    String submitService(final String volunteerId, final String recipientId, final String requestId,
            final Instant start, final int minutes) {
        return json(ledger.submit(volunteer(volunteerId), "services:SubmitService", String.format(
                "{\"requestId\":\"%s\",\"volunteerId\":\"%s\",\"recipientId\":\"%s\",\"categoryCode\":\"MEAL\","
                        + "\"start\":\"%s\",\"end\":\"%s\"}", requestId, volunteerId, recipientId, start,
                start.plusSeconds(60L * minutes)))).get("recordId").getAsString();
    }

    /** The station confirms a record; returns the contract's result. */
    JsonObject confirm(final String recordId) {
        return json(ledger.submit(STATION, "services:ConfirmService",
                "{\"requestId\":\"c-" + recordId.substring(0, 24) + "\",\"recordId\":\"" + recordId + "\",\"rating\":5}"));
    }

    JsonObject record(final String recordId) {
        return json(ledger.evaluate(STATION, "services:GetServiceRecord", "{\"recordId\":\"" + recordId + "\"}"));
    }

    long balance(final String memberId) {
        return json(ledger.evaluate(STATION, "accounts:GetBalance", "{\"memberId\":\"" + memberId + "\"}"))
                .get("balance").getAsLong();
    }

    /** Every movement of the account, through the contract's paged statement. */
    List<JsonObject> statement(final String memberId) {
        final List<JsonObject> movements = new ArrayList<>();
        String bookmark = "";
        do {
            final JsonObject page = json(ledger.evaluate(STATION, "accounts:GetStatement", "{\"memberId\":\""
                    + memberId + "\",\"pageSize\":200,\"bookmark\":\"" + bookmark + "\"}"));
            for (final JsonElement movement : page.getAsJsonArray("movements")) {
                movements.add(movement.getAsJsonObject());
            }
            bookmark = page.get("bookmark").getAsString();
        } while (!bookmark.isEmpty());
        return movements;
    }

    JsonObject totals() {
        return json(ledger.evaluate(REGULATOR, "accounts:GetTotals", "{}"));
    }
}
