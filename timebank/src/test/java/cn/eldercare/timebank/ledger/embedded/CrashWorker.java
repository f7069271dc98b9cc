package cn.eldercare.timebank.ledger.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashTest} kills: opens an embedded ledger, sets up a time bank, then has
 * several threads record and confirm services as fast as the ledger takes them, each volunteer
 * on its own thread. Every acknowledgement is printed the moment {@code submit} returns:
 * {@code RECORDED <volunteer> <recordId>} and {@code CONFIRMED <volunteer> <recordId>}. It never stops by itself.
 */
public final class CrashWorker {

    private CrashWorker() {
    }

    public static void main(final String[] args) throws InterruptedException {
        final int threads = Integer.parseInt(args[1]);
        final EmbeddedLedger ledger = EmbeddedLedger.open(EmbeddedLedgerConfig.in(Path.of(args[0])),
                TimeBankClient.CONTRACTS);
        EmbeddedNetwork.DEFAULT.bootstrap(ledger);
        final TimeBankClient bank = new TimeBankClient(ledger);
        bank.registerRecipient("rec-000001");
        for (int t = 0; t < threads; t++) {
            bank.registerVolunteer(volunteer(t));
        }
        System.out.println("READY");
        final Instant first = Instant.now().minus(Duration.ofDays(6));
        final List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final String volunteer = volunteer(t);
            workers.add(new Thread(() -> {
                for (int n = 0; ; n++) {
                    final String recordId = bank.submitService(volunteer, "rec-000001", volunteer + "-" + n,
                            first.plus(Duration.ofMinutes(11L * n)), 10);
                    System.out.println("RECORDED " + volunteer + " " + recordId);
                    bank.confirm(recordId);
                    System.out.println("CONFIRMED " + volunteer + " " + recordId);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (final Thread worker : workers) {
            worker.join();
        }
    }

    static String volunteer(final int index) {
        return String.format("vol-%06d", index);
    }
}
