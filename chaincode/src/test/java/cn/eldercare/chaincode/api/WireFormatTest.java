package cn.eldercare.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.model.Category;
import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.model.MovementKind;
import cn.eldercare.chaincode.model.Relation;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.model.ServiceStatus;

/**
 * Pins the ledger's wire format: transaction names and the JSON of requests and results. Blocks
 * already written, Fabric world state and the chaincode deployed on a network depend on these
 * exact names and shapes; a change here breaks them.
 */
class WireFormatTest {

    @Test
    void transactionNames() {
        assertEquals(List.of("admin:InitLedger", "admin:SetRules", "admin:GetConfig", "admin:PutCategory",
                "admin:RevokeIdentity", "admin:ListCategories", "members:RegisterVolunteer", "members:RegisterRecipient",
                "members:RecordRelative", "members:SetMemberStatus", "members:GetMember", "services:CheckIn",
                "services:CheckOut", "services:SubmitService", "services:ConfirmService", "services:CancelService",
                "services:ExpireService", "services:GetServiceRecord", "services:GetServiceRecordHistory",
                "accounts:GetBalance", "accounts:GetStatement", "accounts:Redeem", "accounts:Gift", "accounts:Donate",
                "accounts:IssueFromFund", "accounts:GrantFromPool", "accounts:GetPool", "accounts:GetTotals"),
                Transactions.ALL.stream().map(Tx::function).toList());
    }

    @Test
    void requests() {
        assertArrayEquals(new String[] {"{\"requestId\":\"r1\",\"volunteerId\":\"vol-1\",\"recipientId\":\"rec-1\","
                + "\"categoryCode\":\"MEAL\",\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-01T09:30:00Z\"}"},
                Transactions.SUBMIT_SERVICE.arguments(new Requests.SubmitService("r1", "vol-1", "rec-1", "MEAL",
                        Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-03-01T09:30:00Z"))));
        assertArrayEquals(new String[] {"{\"requestId\":\"c1\",\"recordId\":\"tx9\",\"rating\":5}"},
                Transactions.CONFIRM_SERVICE.arguments(new Requests.ConfirmService("c1", "tx9", 5, null)));
        assertArrayEquals(new String[] {"{\"requestId\":\"join-r-rec-1\",\"memberId\":\"rec-1\",\"birthDate\":\"1940-05-06\","
                + "\"regionCode\":\"410105\",\"priority\":\"ALONE_80_PLUS\",\"stationId\":\"3\"}"},
                Transactions.REGISTER_RECIPIENT.arguments(new Requests.RegisterRecipient("join-r-rec-1", "rec-1",
                        LocalDate.of(1940, 5, 6), "410105", "ALONE_80_PLUS", "3")));
        assertArrayEquals(new String[] {"{\"requestId\":\"g1\",\"memberId\":\"vol-1\",\"counterpartyId\":\"rec-1\",\"minutes\":30}"},
                Transactions.GIFT.arguments(new Requests.Transfer("g1", "vol-1", "rec-1", 30L, null)));
        assertArrayEquals(new String[] {"{\"memberId\":\"vol-1\",\"pageSize\":200}"},
                Transactions.GET_STATEMENT.arguments(new Requests.StatementQuery("vol-1", 200, null)));
        assertArrayEquals(new String[] {"{}"}, Transactions.GET_TOTALS.arguments(new Requests.TotalsQuery(null, null)));
        assertArrayEquals(new String[0], Transactions.GET_CONFIG.arguments(null));
    }

    @Test
    void results() {
        final Results.Confirmation confirmation = Transactions.CONFIRM_SERVICE.readResult("{\"record\":{\"recordId\":\"tx9\","
                + "\"volunteerId\":\"vol-1\",\"recipientId\":\"rec-1\",\"categoryCode\":\"MEAL\",\"weightPercent\":150,"
                + "\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-01T09:30:00Z\",\"status\":\"CONFIRMED\","
                + "\"submittedBy\":\"x509::vol\",\"expiresAt\":\"2025-03-08T09:30:00Z\",\"rating\":5,"
                + "\"decidedBy\":\"StationMSP/clerk\",\"decidedAt\":\"2025-03-01T10:00:00Z\",\"servedMinutes\":90,"
                + "\"creditedMinutes\":135},\"creditedMinutes\":135,\"toPoolMinutes\":0,\"balance\":135,\"movements\":[{"
                + "\"txId\":\"tx10\",\"seq\":0,\"at\":\"2025-03-01T10:00:00Z\",\"account\":\"vol-1\",\"kind\":\"EARNED\","
                + "\"minutes\":135,\"balanceAfter\":135,\"counterparty\":\"rec-1\",\"recordId\":\"tx9\",\"categoryCode\":\"MEAL\"}]}");
        final ServiceRecord record = confirmation.record();
        assertEquals(List.of("tx9", 150, ServiceStatus.CONFIRMED, 5, "StationMSP/clerk", 90L, 135L),
                List.of(record.recordId(), record.weightPercent(), record.status(), record.rating(), record.decidedBy(),
                        record.servedMinutes(), record.creditedMinutes()));
        assertEquals(Instant.parse("2025-03-01T09:30:00Z"), record.end());
        assertEquals(135, confirmation.balance());
        assertEquals(MovementKind.EARNED, confirmation.movements().get(0).kind());
        assertEquals(135L, confirmation.movements().get(0).balanceAfter());

        final LedgerConfig config = Transactions.GET_CONFIG.readResult("{\"regulatorMsp\":\"R\",\"stationMsps\":[\"S\"],"
                + "\"memberMsps\":[\"M\"],\"rules\":{\"storageCapMinutes\":90000,\"redeemThresholdMinutes\":0,"
                + "\"minRedeemAge\":60,\"minVolunteerAge\":18,\"pendingExpiryHours\":168,\"maxServiceMinutes\":720}}");
        assertEquals(90_000, config.rules().storageCapMinutes());
        assertEquals(List.of("S"), config.stationMsps());

        assertEquals(List.of(new Category("MEAL", "助餐", "Meals", 100, true)), Transactions.LIST_CATEGORIES.readResult(
                "[{\"code\":\"MEAL\",\"nameZh\":\"助餐\",\"nameEn\":\"Meals\",\"weightPercent\":100,\"active\":true}]"));
        assertEquals(List.of(new Relation("a-1", "b-1", Kinship.CHILD)), Transactions.GET_MEMBER.readResult(
                "{\"member\":{\"memberId\":\"a-1\"},\"relatives\":[{\"memberId\":\"a-1\",\"relativeId\":\"b-1\",\"kinship\":\"CHILD\"}]}")
                .relatives());
    }

    @Test
    void resultsAreWrittenAsBefore() {
        assertEquals("{\"member\":{\"memberId\":\"a-1\",\"volunteer\":true,\"recipient\":false},\"relatives\":[]}",
                Transactions.GET_MEMBER.writeResult(new Results.MemberRelatives(new cn.eldercare.chaincode.model.Member(
                        "a-1", null, null, true, false, null, null, null, null, null), List.of())));
        assertEquals("{\"memberId\":\"a-1\",\"balance\":5,\"deposited\":7,\"withdrawn\":2,\"storageCapMinutes\":90000}",
                Transactions.GET_BALANCE.writeResult(new Results.Balance("a-1", 5, 7, 2, 90_000)));
    }

    @Test
    void theEventOfATransaction() {
        final String payload = "{\"function\":\"accounts:Donate\",\"movements\":[{\"txId\":\"tx1\",\"seq\":0,"
                + "\"at\":\"2025-03-01T10:00:00Z\",\"account\":\"vol-1\",\"kind\":\"DONATED\",\"minutes\":-15,"
                + "\"balanceAfter\":45,\"counterparty\":\"@pool\"}],\"records\":[],\"timestamp\":\"2025-03-01T10:00:00Z\","
                + "\"txId\":\"tx1\"}";
        final TimeBankEvent event = TimeBankEvent.read(payload);
        assertEquals(MovementKind.DONATED, event.movements().get(0).kind());
        assertEquals(payload, event.write());
        assertEquals(List.of(), TimeBankEvent.read("{\"function\":\"services:SubmitService\",\"txId\":\"tx2\"}").movements());
    }
}
