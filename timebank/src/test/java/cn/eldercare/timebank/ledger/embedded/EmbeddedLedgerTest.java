package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import cn.eldercare.timebank.ledger.control.LedgerEvent;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;

class EmbeddedLedgerTest {

    private static final Instant START = Instant.now().minus(Duration.ofHours(30));

    @TempDir
    Path dir;

    private EmbeddedLedger open() {
        return EmbeddedLedger.open(EmbeddedLedgerConfig.in(dir), TimeBankClient.CONTRACTS);
    }

    private static TimeBankClient bank(final EmbeddedLedger ledger) {
        EmbeddedNetwork.DEFAULT.bootstrap(ledger);
        final TimeBankClient bank = new TimeBankClient(ledger);
        bank.registerVolunteer("vol-000001");
        bank.registerRecipient("rec-000001");
        return bank;
    }

    @Test
    void recordsConfirmsAndCreditsDurably() {
        final String recordId;
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = bank(ledger);
            recordId = bank.submitService("vol-000001", "rec-000001", "s1", START, 45);
            final JsonObject confirmed = bank.confirm(recordId);
            assertEquals(45, confirmed.get("creditedMinutes").getAsLong());
            assertEquals(45, bank.balance("vol-000001"));
        }
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = new TimeBankClient(ledger);
            assertEquals("CONFIRMED", bank.record(recordId).get("status").getAsString());
            assertEquals(45, bank.balance("vol-000001"));
            final VerifyReport report = ledger.verify();
            assertTrue(report.ok(), report::describe);
            assertEquals(ledger.height() + 1, report.blocks());
        }
    }

    @Test
    void refusalsAndRetriesWriteNoBlockAndQueriesNeither() {
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = bank(ledger);
            final String recordId = bank.submitService("vol-000001", "rec-000001", "s1", START, 30);
            final long height = ledger.height();
            final LedgerRefusal refusal = assertThrows(LedgerRefusal.class,
                    () -> bank.confirm("0123456789abcdef0123456789abcdef"));
            assertEquals("NOT_FOUND", refusal.code());
            assertEquals(recordId, bank.submitService("vol-000001", "rec-000001", "s1", START, 30),
                    "a retry of a committed request answers from its receipt");
            bank.balance("vol-000001");
            assertEquals(height, ledger.height());
        }
    }

    @Test
    void aCallerSuppliedTimestampIsTheTransactionTime() {
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = bank(ledger);
            final Instant then = Instant.parse("2025-03-01T02:00:00Z");
            final JsonObject record = TimeBankClient.json(ledger.submitAt(then, TimeBankClient.volunteer("vol-000001"),
                    "services:SubmitService", "{\"requestId\":\"old\",\"volunteerId\":\"vol-000001\",\"recipientId\":"
                            + "\"rec-000001\",\"categoryCode\":\"MEAL\",\"start\":\"2025-03-01T01:00:00Z\","
                            + "\"end\":\"2025-03-01T01:30:00Z\"}"));
            assertEquals("2025-03-08T02:00:00Z", record.get("expiresAt").getAsString(), "seven days after " + then);
            assertEquals("PENDING", bank.record(record.get("recordId").getAsString()).get("status").getAsString());
        }
    }

    @Test
    void listenersGetEveryBlocksEventsInOrderFromTheirCheckpointThenLive() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = bank(ledger);
            final String first = bank.submitService("vol-000001", "rec-000001", "s1", START, 30);
            bank.confirm(first);
            final List<List<LedgerEvent>> all = new ArrayList<>();
            final BlockingQueue<List<LedgerEvent>> fromStart = new LinkedBlockingQueue<>();
            try (AutoCloseable handle = ledger.listen(-1, fromStart::add)) {
                all.add(fromStart.poll(30, TimeUnit.SECONDS));
                all.add(fromStart.poll(30, TimeUnit.SECONDS));
                final String second = bank.submitService("vol-000001", "rec-000001", "s2", START.plusSeconds(3600), 30);
                final List<LedgerEvent> live = fromStart.poll(30, TimeUnit.SECONDS);
                assertEquals(second, live.get(0).txId(), "record ids are transaction ids");
                all.add(live);
            }
            assertEquals(first, all.get(0).get(0).txId());
            assertTrue(all.get(1).get(0).payload().contains("\"function\":\"services:ConfirmService\""));
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i).get(0).blockNumber() > all.get(i - 1).get(0).blockNumber());
            }
            all.forEach(block -> assertEquals("TimeBank", block.get(0).name()));

            final BlockingQueue<List<LedgerEvent>> fromCheckpoint = new LinkedBlockingQueue<>();
            try (AutoCloseable handle = ledger.listen(all.get(1).get(0).blockNumber(), fromCheckpoint::add)) {
                assertEquals(all.get(2), fromCheckpoint.poll(30, TimeUnit.SECONDS));
            }
            assertEquals(List.of(), new ArrayList<>(fromStart), "nothing after the handle is closed");
        }
    }

    @Test
    void racingDebitsAreRetriedAfterMvccConflictsAndNeverOverdraw() throws Exception {
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = bank(ledger);
            bank.confirm(bank.submitService("vol-000001", "rec-000001", "s1", START, 60));
            final ExecutorService threads = Executors.newFixedThreadPool(8);
            final List<Future<String>> donations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                final String request = "{\"requestId\":\"d" + i + "\",\"memberId\":\"vol-000001\",\"minutes\":10}";
                donations.add(threads.submit(() -> {
                    try {
                        ledger.submit(TimeBankClient.volunteer("vol-000001"), "accounts:Donate", request);
                        return "OK";
                    } catch (LedgerRefusal refusal) {
                        return refusal.code();
                    }
                }));
            }
            final List<String> outcomes = new ArrayList<>();
            for (final Future<String> donation : donations) {
                outcomes.add(donation.get(60, TimeUnit.SECONDS));
            }
            threads.shutdown();
            assertEquals(6, outcomes.stream().filter("OK"::equals).count(), outcomes::toString);
            assertEquals(2, outcomes.stream().filter("INSUFFICIENT_BALANCE"::equals).count(), outcomes::toString);
            assertEquals(0, bank.balance("vol-000001"));
            assertTrue(ledger.verify().ok());
        }
    }
}
