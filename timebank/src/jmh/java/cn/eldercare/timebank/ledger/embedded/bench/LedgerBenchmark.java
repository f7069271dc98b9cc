package cn.eldercare.timebank.ledger.embedded.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

import cn.eldercare.chaincode.sim.ShimDispatcher;
import cn.eldercare.timebank.ledger.control.Ledger;
import cn.eldercare.timebank.ledger.control.LedgerIdentity;
import cn.eldercare.timebank.ledger.embedded.EmbeddedLedger;
import cn.eldercare.timebank.ledger.embedded.EmbeddedLedgerConfig;
import cn.eldercare.timebank.ledger.embedded.EmbeddedNetwork;

/**
 * Durable committed transactions per second through the {@link Ledger} interface: each operation
 * is a volunteer recording a 5-minute service ({@code services:SubmitService}) and a station
 * confirming it ({@code services:ConfirmService}), two committed transactions, from many client
 * threads at once (as a server's request threads), 1,000 volunteers, each thread its own. The
 * same workload runs on the chaincode's in-memory {@code LocalLedger} for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(32)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 10, time = 5)
public class LedgerBenchmark {

    static final int VOLUNTEERS = 1_000;
    private static final LedgerIdentity STATION = new LedgerIdentity("StationMSP", "station1", "station", null);

    @Param({"embedded", "in-memory"})
    public String ledger;

    Ledger target;
    Instant first;
    private Path directory;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        final ShimDispatcher contracts = EmbeddedLedger.timeBankContracts();
        directory = Files.createTempDirectory("ledger-bench");
        target = ledger.equals("embedded")
                ? EmbeddedLedger.open(EmbeddedLedgerConfig.in(directory), contracts)
                : new InMemoryLedger(contracts);
        EmbeddedNetwork.DEFAULT.bootstrap(target);
        target.submit(STATION, "members:RegisterRecipient", "{\"requestId\":\"r\",\"memberId\":\"rec-000001\","
                + "\"birthDate\":\"1938-01-01\",\"regionCode\":\"410102\"}");
        final ExecutorService registrations = Executors.newFixedThreadPool(32);
        final List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            final String request = "{\"requestId\":\"v" + i + "\",\"memberId\":\"" + volunteerId(i)
                    + "\",\"birthDate\":\"1958-01-01\",\"regionCode\":\"410102\"}";
            final LedgerIdentity self = volunteer(volunteerId(i));
            // the volunteer's first call issues its certificate (once per identity): do it before measuring
            done.add(registrations.submit(() -> target.submit(STATION, "members:RegisterVolunteer", request)
                    + target.evaluate(self, "accounts:GetBalance", "{\"memberId\":\"" + self.memberId() + "\"}")));
        }
        for (final Future<String> registration : done) {
            registration.get();
        }
        registrations.shutdown();
        first = Instant.now().minus(Duration.ofDays(6));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        target.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (final Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static LedgerIdentity volunteer(final String memberId) {
        return new LedgerIdentity("MemberMSP", memberId, "volunteer", memberId);
    }

    static String volunteerId(final int index) {
        return String.format("vol-%06d", index);
    }

    /** One client thread: its own volunteers, each serving back to back, 5 minutes every 6. */
    @State(Scope.Thread)
    public static class Client {

        private final List<String> volunteers = new ArrayList<>();
        private int[] served;
        private int turn;

        @Setup(Level.Trial)
        public void assign(final ThreadParams thread) {
            assign(thread.getThreadIndex(), thread.getThreadCount());
        }

        void assign(final int index, final int count) {
            for (int i = index; i < VOLUNTEERS; i += count) {
                volunteers.add(volunteerId(i));
            }
            served = new int[volunteers.size()];
        }
    }

    @Benchmark
    public String recordAndConfirm(final Client client) {
        final int v = client.turn++ % client.volunteers.size();
        return recordAndConfirm(client.volunteers.get(v), client.served[v]++);
    }

    /** The volunteer's n-th service, recorded and confirmed: two committed transactions. */
    String recordAndConfirm(final String volunteer, final int n) {
        final Instant start = first.plus(Duration.ofMinutes(6L * n));
        final String record = target.submit(volunteer(volunteer),
                "services:SubmitService", "{\"requestId\":\"" + volunteer + "-" + n + "\",\"volunteerId\":\""
                        + volunteer + "\",\"recipientId\":\"rec-000001\",\"categoryCode\":\"MEAL\",\"start\":\""
                        + start + "\",\"end\":\"" + start.plus(Duration.ofMinutes(5)) + "\"}");
        final int idAt = record.indexOf("\"recordId\":\"") + 12;
        final String recordId = record.substring(idAt, record.indexOf('"', idAt));
        return target.submit(STATION, "services:ConfirmService", "{\"requestId\":\"c-" + recordId.substring(0, 32)
                + "\",\"recordId\":\"" + recordId + "\",\"rating\":5}");
    }
}
