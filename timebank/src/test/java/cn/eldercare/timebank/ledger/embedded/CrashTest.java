package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Durability under SIGKILL: a separate JVM ({@link CrashWorker}) commits transactions from
 * several threads and prints each acknowledgement; the test kills it mid-load, reopens its ledger
 * and checks that every acknowledged transaction is there, the chain verifies, and every balance
 * equals the sum of the member's movements.
 */
class CrashTest {

    private static final int THREADS = 8;
    private static final long LOAD_MILLIS = 3_000;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedTransactionSurvivesKillDashNine() throws Exception {
        final Path ledgerDir = dir.resolve("ledger");
        final Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                ledgerDir.toString(), Integer.toString(THREADS))
                .redirectError(dir.resolve("worker.err").toFile()).start();
        final List<String> acknowledged = new CopyOnWriteArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader = new Thread(() -> read(worker, acknowledged, ready));
        reader.start();
        try {
            assertTrue(ready.await(120, TimeUnit.SECONDS), () -> "the worker did not start: " + errors());
            Thread.sleep(LOAD_MILLIS);
        } finally {
            worker.destroyForcibly();
            assertTrue(worker.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
        }
        assertTrue(acknowledged.stream().anyMatch(line -> line.startsWith("CONFIRMED")),
                () -> "no confirmation was acknowledged under load: " + errors());

        try (EmbeddedLedger ledger = EmbeddedLedger.open(EmbeddedLedgerConfig.in(ledgerDir), TimeBankClient.CONTRACTS)) {
            final TimeBankClient bank = new TimeBankClient(ledger);
            final Map<String, Long> confirmedMinutes = new HashMap<>();
            for (final String line : acknowledged) {
                final String[] parts = line.split(" ");
                final JsonObject record = bank.record(parts[2]);
                if (parts[0].equals("CONFIRMED")) {
                    assertEquals("CONFIRMED", record.get("status").getAsString(), line);
                    confirmedMinutes.merge(parts[1], record.get("creditedMinutes").getAsLong(), Long::sum);
                }
            }
            final VerifyReport report = ledger.verify();
            assertTrue(report.ok(), report::describe);
            for (int t = 0; t < THREADS; t++) {
                final String volunteer = CrashWorker.volunteer(t);
                final long balance = bank.balance(volunteer);
                final long movements = bank.statement(volunteer).stream().mapToLong(m -> m.get("minutes").getAsLong())
                        .sum();
                assertEquals(movements, balance, volunteer + ": balance against the sum of its movements");
                assertTrue(balance >= confirmedMinutes.getOrDefault(volunteer, 0L), volunteer);
            }
            assertTrue(bank.totals().get("balanced").getAsBoolean(), bank.totals()::toString);
        }
    }

    private static void read(final Process worker, final List<String> acknowledged, final CountDownLatch ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("RECORDED ") || line.startsWith("CONFIRMED ")) {
                    acknowledged.add(line);
                }
            }
        } catch (IOException e) {
            // the worker was killed: what was read is what was acknowledged
        }
    }

    private String errors() {
        try {
            return Files.readString(dir.resolve("worker.err"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
