package cn.eldercare.timebank.ledger.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Bytes on disk per time-bank transaction of the embedded ledger (BENCHMARKS.md, "Embedded ledger: bytes per
 * transaction"). Not a test. On a fresh ledger in a temporary directory: 100 volunteers and a recipient, then
 * {@code bench.services} services (default 5,000) each recorded by its volunteer and confirmed by the station, from
 * {@code bench.threads} threads (8), as the server submits them; prints the block log's and the world state's
 * bytes per transaction after the load and again after closing and reopening the ledger.
 * <pre>
 * mvn -q -o -pl timebank -am test-compile
 * mvn -q -o -pl timebank dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp timebank/target/test-classes:timebank/target/classes:$(cat timebank/target/cp.txt) \
 *   cn.eldercare.timebank.ledger.embedded.LedgerBytes
 * </pre>
 */
public final class LedgerBytes {

    private LedgerBytes() {
    }

    public static void main(final String[] args) throws Exception {
        final int services = Integer.getInteger("bench.services", 5_000);
        final int threads = Integer.getInteger("bench.threads", 8);
        final int volunteers = 100;
        final Path dir = Files.createTempDirectory("ledger-bytes");
        final Instant start = Instant.now().minus(Duration.ofDays(2));
        long transactions;
        try (EmbeddedLedger ledger = EmbeddedLedger.open(EmbeddedLedgerConfig.in(dir), TimeBankClient.CONTRACTS)) {
            EmbeddedNetwork.DEFAULT.bootstrap(ledger);
            final TimeBankClient bank = new TimeBankClient(ledger);
            bank.registerRecipient("rec-000001");
            for (int v = 0; v < volunteers; v++) {
                bank.registerVolunteer(String.format(Locale.ROOT, "vol-%06d", v));
            }
            final long before = ledger.height();
            final long t0 = System.nanoTime();
            final ExecutorService pool = Executors.newFixedThreadPool(threads);
            final List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = thread; i < services; i += threads) {
                        final String volunteer = String.format(Locale.ROOT, "vol-%06d", i % volunteers);
                        final Instant at = start.plus(Duration.ofMinutes(10L * (i / volunteers)));
                        bank.confirm(bank.submitService(volunteer, "rec-000001", "s-" + i, at, 5));
                    }
                    return null;
                }));
            }
            for (final Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            transactions = 2L * services + volunteers + 2;
            System.out.printf(Locale.ROOT, "%,d transactions (%,d services recorded and confirmed) in %,d blocks, %.1f s, %d threads%n",
                    transactions, services, ledger.height() - before, (System.nanoTime() - t0) / 1e9, threads);
            print("after the load", dir, transactions);
        }
        print("after closing", dir, transactions);
        try (EmbeddedLedger ledger = EmbeddedLedger.open(EmbeddedLedgerConfig.in(dir), TimeBankClient.CONTRACTS)) {
            final VerifyReport report = ledger.verify();
            System.out.println("verified after reopening: " + report.ok());
        }
        print("after reopening", dir, transactions);
        delete(dir);
    }

    private static void print(final String when, final Path dir, final long transactions) throws IOException {
        final long log = size(dir.resolve("blocks"));
        final long state = size(dir.resolve("state.mv.db"));
        System.out.printf(Locale.ROOT, "%-16s block log %,d bytes (%,.0f per tx), world state %,d bytes (%,.0f per tx), together %,.0f per tx%n",
                when, log, (double) log / transactions, state, (double) state / transactions, (double) (log + state) / transactions);
    }

    private static long size(final Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void delete(final Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
