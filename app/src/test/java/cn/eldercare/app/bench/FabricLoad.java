package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.f0;
import static cn.eldercare.app.bench.Report.f1;
import static cn.eldercare.app.bench.Report.f2;
import static cn.eldercare.app.bench.Report.json;
import static cn.eldercare.app.bench.Report.log;
import static cn.eldercare.app.bench.Report.table;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;

/**
 * The time bank on a real Fabric network, over HTTP against the app and, in the same run, straight
 * to the network with fabric-gateway (app/bench/fabric.sh starts the network, the app and this).
 * <ul>
 * <li>{@code perf}: the station registers volunteers and a recipient through the app; then, in
 *     alternating rounds, volunteers log services over HTTP ({@code POST /api/timebank/services},
 *     one {@code services:SubmitService} each), and a raw fabric-gateway driver submits the same
 *     transaction as the same organisation for the same people; both with bench.concurrency in
 *     flight for bench.seconds, after an unmeasured warm-up of bench.jitWarmupSeconds of each. Prints both,
 *     and the app's share of the raw throughput.</li>
 * <li>{@code crash-load}: volunteers log services and the station confirms them until the server
 *     dies; every acknowledged record id and confirmation is written to bench.acknowledged.</li>
 * <li>{@code check}: after the restart, waits (bounded) until the read model shows every
 *     acknowledged record and agrees with the ledger account by account
 *     ({@code GET /api/timebank/read-model/check}); exits 1 if it never does.</li>
 * </ul>
 * The Fabric settings are the app's own environment variables (chaincode/network/up.sh writes
 * them to app.env). Not a test: it asserts nothing about timing.
 */
public final class FabricLoad {

    private static final String[] HEADER = {"phase", "in flight", "tx/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors",
            "app server CPU ms/tx", "db CPU ms/tx", "driver CPU ms/tx"};

    private final String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18383");
    private final BenchApi api = new BenchApi(base);
    private final int concurrency = Integer.getInteger("bench.concurrency", 32);
    private final int volunteerCount = Integer.getInteger("bench.volunteers", 64);
    private final double warmupSeconds = Double.parseDouble(System.getProperty("bench.warmupSeconds", "10"));
    private final double jitWarmupSeconds = Double.parseDouble(System.getProperty("bench.jitWarmupSeconds", "90"));
    private final double seconds = Double.parseDouble(System.getProperty("bench.seconds", "60"));
    private final int rounds = Integer.getInteger("bench.rounds", 2);
    private final Path acknowledged = Path.of(System.getProperty("bench.acknowledged", "/tmp/eldercare-fabric-bench/acknowledged.txt"));
    private final long serverPid = Long.getLong("bench.serverPid", 0);
    private final String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/eldercare_fabric_bench");
    private final String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    private final Instant latestEnd = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    /** Services so far, numbered across phases and drivers so that no volunteer's windows overlap. */
    private final AtomicLong serviceNumbers = new AtomicLong();
    private String station;
    private String recipient;
    private String[] volunteers;
    private String[] tokens;
    private String[] usernames;

    public static void main(String[] args) throws Exception {
        FabricLoad load = new FabricLoad();
        switch (args.length == 0 ? "perf" : args[0]) {
            case "perf" -> load.perf();
            case "crash-load" -> load.crashLoad();
            case "check" -> System.exit(load.check() ? 0 : 1);
            default -> throw new IllegalArgumentException("perf, crash-load or check, not " + args[0]);
        }
    }

    private void perf() throws Exception {
        register(volunteerCount, 800_000);
        // the app server's CPU in both phases: during the raw one it only follows the blocks into its read model
        List<ClosedLoop.Result> app = new ArrayList<>();
        List<ClosedLoop.Result> raw = new ArrayList<>();
        try (CpuMeter meter = new CpuMeter(serverPid, jdbcUrl, "postgres", "postgres"); RawDriver driver = new RawDriver()) {
            ClosedLoop loop = new ClosedLoop(meter);
            // A freshly started app server spends a third of its CPU in the JIT compiler for its first minutes
            // (Weld, Jersey, gRPC, BouncyCastle), while the small raw driver is compiled within seconds: both are
            // run unmeasured first, so that the rounds compare steady states, as a long-running server has.
            log("JIT warm-up: %.0f s of each path, not measured", jitWarmupSeconds);
            loop.run("warm-up app", concurrency, 0, jitWarmupSeconds, i -> logService(serviceNumbers.getAndIncrement()), 201);
            loop.run("warm-up raw", concurrency, 0, jitWarmupSeconds, () -> driver.caller(serviceNumbers));
            for (int round = 1; round <= rounds; round++) {
                app.add(loop.run("app: POST /api/timebank/services", concurrency, warmupSeconds, seconds,
                        i -> logService(serviceNumbers.getAndIncrement()), 201));
                log("round %d app: %.1f tx/s, %d errors %s", round, last(app).throughput(), last(app).errors(), last(app).errorSamples());
                raw.add(loop.run("raw fabric-gateway: services:SubmitService", concurrency, warmupSeconds, seconds,
                        () -> driver.caller(serviceNumbers)));
                log("round %d raw: %.1f tx/s, %d errors %s", round, last(raw).throughput(), last(raw).errors(), last(raw).errorSamples());
            }
        }
        ClosedLoop.Result appAll = ClosedLoop.Result.pool("app over HTTP (POST /api/timebank/services)", app);
        ClosedLoop.Result rawAll = ClosedLoop.Result.pool("raw fabric-gateway (services:SubmitService)", raw);
        List<String[]> rows = new ArrayList<>();
        for (ClosedLoop.Result r : List.of(appAll, rawAll)) {
            double[] cpu = r.cpuPerRequest();
            rows.add(new String[] {r.name(), Integer.toString(r.concurrency()), f1(r.throughput()), f2(r.pct(50)),
                    f2(r.pct(90)), f2(r.pct(99)), f1(r.max()), Long.toString(r.errors()),
                    cpu == null ? "-" : f2(cpu[0]), cpu == null ? "-" : f2(cpu[1]), cpu == null ? "-" : f2(cpu[2])});
        }
        log("%d rounds of %.0f s each, alternating, %d volunteers%n%s", rounds, seconds, volunteerCount, table(HEADER, rows, 2));
        log("app / raw throughput: %s%%", f0(100 * appAll.throughput() / rawAll.throughput()));
        if (!check()) {
            throw new IllegalStateException("the read model does not agree with the ledger after the load");
        }
    }

    private static ClosedLoop.Result last(List<ClosedLoop.Result> results) {
        return results.get(results.size() - 1);
    }

    /** Logs and confirms services from several threads until the server stops answering. */
    private void crashLoad() throws Exception {
        register(8, 700_000);
        Files.createDirectories(acknowledged.getParent());
        Set<String> lines = ConcurrentHashMap.newKeySet();
        for (int v = 0; v < volunteers.length; v++) {
            lines.add("user " + usernames[v]);
        }
        AtomicBoolean serving = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(volunteers.length);
        List<Future<?>> clients = new ArrayList<>();
        for (int v = 0; v < volunteers.length; v++) {
            int mine = v;
            clients.add(pool.submit(() -> {
                try {
                    for (long n = mine; serving.get(); n += volunteers.length) {
                        String record = json(api.send(logService(n), 201)).getString("recordId");
                        lines.add("logged " + record);
                        api.send(api.post(station, "/api/timebank/services/" + record + "/confirm", "{\"rating\":5}"), 200);
                        lines.add("confirmed " + record);
                    }
                } catch (IOException | IllegalStateException e) {
                    serving.set(false); // the server was killed: what was not acknowledged does not count
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        Files.write(acknowledged, lines);
        log("acknowledged before the server died: %d logged, %d confirmed",
                lines.stream().filter(l -> l.startsWith("logged")).count(),
                lines.stream().filter(l -> l.startsWith("confirmed")).count());
    }

    /** The read model has every acknowledged record and agrees with the ledger, within five minutes. */
    private boolean check() throws Exception {
        String regulator = api.login("regulator");
        List<String> expected = Files.exists(acknowledged) ? Files.readAllLines(acknowledged) : List.of();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String last = "";
        while (System.nanoTime() < deadline) {
            List<String> missing = missing(regulator, expected);
            JsonObject report = json(api.send(api.get(regulator, "/api/timebank/read-model/check"), 200));
            boolean agrees = report.getJsonArray("mismatches").isEmpty()
                    && report.getJsonNumber("ledgerAccountsTotal").longValue() == report.getJsonNumber("readModelAccountsTotal").longValue();
            last = "missing acknowledged: " + missing.size() + " " + missing.stream().limit(3).toList() + "; check: " + report;
            if (missing.isEmpty() && agrees) {
                log("read model agrees with the ledger: %d accounts, %d movements, total %d minutes; all %d acknowledged writes present",
                        report.getInt("accounts"), report.getJsonNumber("movements").longValue(),
                        report.getJsonNumber("ledgerAccountsTotal").longValue(), expected.size());
                return true;
            }
            Thread.sleep(1_000);
        }
        log("the read model did not agree with the ledger in five minutes: %s", last);
        return false;
    }

    /**
     * Acknowledged writes the read model does not show: a confirmed record not earned in its
     * volunteer's statement, or a logged one neither pending nor earned.
     */
    private List<String> missing(String regulator, List<String> expected) throws Exception {
        Set<String> shown = new java.util.HashSet<>(recordIds(regulator, "/api/timebank/services/pending", null));
        Set<String> earned = new java.util.HashSet<>();
        for (String line : expected) {
            if (line.startsWith("user ")) {
                earned.addAll(recordIds(api.login(line.substring(5)), "/api/timebank/me/statement", "EARNED"));
            }
        }
        shown.addAll(earned);
        List<String> missing = new ArrayList<>();
        for (String line : expected) {
            String[] parts = line.split(" ");
            boolean present = switch (parts[0]) {
                case "logged" -> shown.contains(parts[1]);
                case "confirmed" -> earned.contains(parts[1]);
                default -> true;
            };
            if (!present) {
                missing.add(line);
            }
        }
        return missing;
    }

    /** The record ids of every page of a list, of movements of one kind when {@code kind} is given. */
    private List<String> recordIds(String token, String path, String kind) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject reply = json(api.send(api.get(token, path + "?size=100&page=" + page), 200));
            reply.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(item -> kind == null || kind.equals(item.getString("kind", "")))
                    .filter(item -> item.containsKey("recordId") && !item.isNull("recordId"))
                    .forEach(item -> ids.add(item.getString("recordId")));
            if ((page + 1) * 100L >= reply.getJsonNumber("total").longValue()) {
                return ids;
            }
        }
    }

    /** The station registers a recipient and {@code count} volunteers with accounts, eight at a time, ID numbers from {@code firstIdNumber}. */
    private void register(int count, int firstIdNumber) throws Exception {
        station = api.login("station");
        recipient = api.join(station, firstIdNumber + 99_999, "压测老人", false, null);
        volunteers = new String[count];
        tokens = new String[count];
        usernames = new String[count];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> joins = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            int n = v;
            joins.add(pool.submit(() -> {
                String user = "fb" + runId + "x" + n;
                usernames[n] = user;
                volunteers[n] = api.join(station, firstIdNumber + n, "压测志愿者" + n, true, user);
                tokens[n] = api.login(user);
                return null;
            }));
        }
        for (Future<?> join : joins) {
            join.get();
        }
        pool.shutdown();
        log("registered %d volunteers and a recipient through the app", count);
    }

    /** Service number n: volunteer n mod V, two minutes ending three minutes before that volunteer's previous one. */
    private Instant[] window(long n) {
        Instant end = latestEnd.minus(3 * (n / volunteers.length), ChronoUnit.MINUTES);
        return new Instant[] {end.minus(2, ChronoUnit.MINUTES), end};
    }

    private HttpRequest logService(long n) {
        Instant[] window = window(n);
        String body = Json.createObjectBuilder().add("recipientId", recipient).add("categoryCode", "MEAL")
                .add("start", window[0].toString()).add("end", window[1].toString()).build().toString();
        return api.post(tokens[(int) (n % volunteers.length)], "/api/timebank/services", body);
    }

    /**
     * The same transaction the app submits for a logged service, sent straight to the network: signed
     * by the members' organisation, naming the volunteer in the transient field, MVCC conflicts
     * resubmitted as the app does.
     */
    private final class RawDriver implements AutoCloseable {

        private final ManagedChannel channel;
        private final Contract contract;
        private final Gateway gateway;

        RawDriver() throws Exception {
            Map<String, String> env = System.getenv();
            String msp = env.getOrDefault("TIMEBANK_MSP_MEMBER", "StationOperatorMSP");
            Path wallet = Path.of(env.get("FABRIC_WALLET_DIR")).resolve(msp);
            channel = Grpc.newChannelBuilder(env.get("FABRIC_PEER_ENDPOINT"),
                    TlsChannelCredentials.newBuilder().trustManager(Path.of(env.get("FABRIC_PEER_TLS_CERT")).toFile()).build()).build();
            gateway = Gateway.newInstance()
                    .identity(new X509Identity(msp, Identities.readX509Certificate(Files.readString(wallet.resolve("cert.pem")))))
                    .signer(Signers.newPrivateKeySigner(Identities.readPrivateKey(Files.readString(wallet.resolve("key.pem")))))
                    .hash(Hash.SHA256).connection(channel).connect();
            contract = gateway.getNetwork(env.getOrDefault("FABRIC_CHANNEL", "eldercare"))
                    .getContract(env.getOrDefault("FABRIC_CHAINCODE", "timebank"));
        }

        ClosedLoop.Caller caller(AtomicLong numbers) {
            return new ClosedLoop.Caller() {
                @Override
                public String call(long ignored) {
                    return submit(numbers.getAndIncrement());
                }

                @Override
                public void close() {
                }
            };
        }

        private String submit(long n) {
            String volunteer = volunteers[(int) (n % volunteers.length)];
            Instant[] window = window(n);
            String request = Json.createObjectBuilder().add("requestId", "raw-" + runId + "-" + n).add("volunteerId", volunteer)
                    .add("recipientId", recipient).add("categoryCode", "MEAL").add("start", window[0].toString())
                    .add("end", window[1].toString()).build().toString();
            byte[] actor = Json.createObjectBuilder().add("role", "volunteer").add("user", volunteer).add("memberId", volunteer)
                    .build().toString().getBytes(StandardCharsets.UTF_8);
            for (int attempt = 1; attempt <= 5; attempt++) {
                try {
                    SubmittedTransaction tx = contract.newProposal("services:SubmitService").addArguments(request)
                            .putTransient("actor", actor).build().endorse().submitAsync();
                    Status status = tx.getStatus();
                    if (status.isSuccessful()) {
                        return null;
                    }
                    if (status.getCode() != TxValidationCode.MVCC_READ_CONFLICT
                            && status.getCode() != TxValidationCode.PHANTOM_READ_CONFLICT) {
                        return "invalidated: " + status.getCode();
                    }
                } catch (GatewayException e) {
                    return e.getMessage();
                }
            }
            return "MVCC conflicts five times in a row";
        }

        @Override
        public void close() throws InterruptedException {
            gateway.close();
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

}
