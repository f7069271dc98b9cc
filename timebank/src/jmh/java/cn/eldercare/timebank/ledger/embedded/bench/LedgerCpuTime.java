package cn.eldercare.timebank.ledger.embedded.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;

/**
 * The {@link LedgerBenchmark} workload timed by the CPU this process spends, beside the wall clock:
 * on a machine shared with other work the wall-clock rate measures the neighbours, while CPU time
 * per transaction says what the ledger costs, and so what two idle cores would commit.
 * <p>
 * {@code java -cp timebank-bench.jar cn.eldercare.timebank.ledger.embedded.bench.LedgerCpuTime
 * [embedded|in-memory] [threads=32] [warm-up s=20] [measured s=30]}
 */
public final class LedgerCpuTime {

    private LedgerCpuTime() {
    }

    public static void main(final String[] args) throws Exception {
        final LedgerBenchmark bench = new LedgerBenchmark();
        bench.ledger = args.length > 0 ? args[0] : "embedded";
        final int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        final long warmup = args.length > 2 ? Long.parseLong(args[2]) : 20;
        final long seconds = args.length > 3 ? Long.parseLong(args[3]) : 30;
        bench.setUp();
        final AtomicLong operations = new AtomicLong();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final LedgerBenchmark.Client client = new LedgerBenchmark.Client();
            client.assign(t, threads);
            clients.add(new Thread(() -> {
                while (running.get()) {
                    bench.recordAndConfirm(client);
                    operations.incrementAndGet();
                }
            }));
        }
        clients.forEach(Thread::start);
        Thread.sleep(warmup * 1000);
        final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        final long cpu0 = os.getProcessCpuTime();
        final long wall0 = System.nanoTime();
        final long ops0 = operations.get();
        Thread.sleep(seconds * 1000);
        final long transactions = 2 * (operations.get() - ops0);
        final double wall = (System.nanoTime() - wall0) / 1e9;
        final double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        running.set(false);
        for (final Thread client : clients) {
            client.join();
        }
        bench.tearDown();
        System.out.printf(Locale.ROOT, "%s, %d threads, %d s: %,d committed transactions, %,.0f tx/s wall clock,"
                        + " %.3f ms CPU per transaction, %,.0f tx/s on two idle cores by CPU time, load average %.1f%n",
                bench.ledger, threads, seconds, transactions, transactions / wall, cpu * 1000 / transactions,
                2 * transactions / cpu, os.getSystemLoadAverage());
    }
}
