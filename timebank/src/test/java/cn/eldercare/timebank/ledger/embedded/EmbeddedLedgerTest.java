package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import cn.eldercare.timebank.ledger.control.LedgerRefusal;

class EmbeddedLedgerTest {

    @TempDir
    Path dir;

    private EmbeddedLedger open() {
        return EmbeddedLedger.open(EmbeddedLedgerConfig.in(dir), TimeBankClient.CONTRACTS);
    }

    @Test
    void recordsConfirmsAndCreditsDurably() {
        final String recordId;
        try (EmbeddedLedger ledger = open()) {
            EmbeddedNetwork.DEFAULT.bootstrap(ledger);
            final TimeBankClient bank = new TimeBankClient(ledger);
            bank.registerVolunteer("vol-000001");
            bank.registerRecipient("rec-000001");
            recordId = bank.submitService("vol-000001", "rec-000001", "s1", Instant.now().minus(Duration.ofHours(2)), 45);
            final JsonObject confirmed = bank.confirm(recordId);
            assertEquals(45, confirmed.get("creditedMinutes").getAsLong());
            assertEquals(45, bank.balance("vol-000001"));
        }
        try (EmbeddedLedger ledger = open()) {
            final TimeBankClient bank = new TimeBankClient(ledger);
            assertEquals("CONFIRMED", bank.record(recordId).get("status").getAsString());
            assertEquals(45, bank.balance("vol-000001"));
            assertTrue(ledger.verify().ok(), () -> ledger.verify().describe());
        }
    }

    @Test
    void aRefusalCarriesTheContractsCodeAndWritesNoBlock() {
        try (EmbeddedLedger ledger = open()) {
            EmbeddedNetwork.DEFAULT.bootstrap(ledger);
            final long height = ledger.height();
            final LedgerRefusal refusal = assertThrows(LedgerRefusal.class, () -> new TimeBankClient(ledger)
                    .confirm("0123456789abcdef0123456789abcdef"));
            assertEquals("NOT_FOUND", refusal.code());
            assertEquals(height, ledger.height());
        }
    }
}
