package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.cpu;
import static cn.eldercare.app.bench.Report.f0;
import static cn.eldercare.app.bench.Report.f1;
import static cn.eldercare.app.bench.Report.f2;
import static cn.eldercare.app.bench.Report.log;
import static cn.eldercare.app.bench.Report.table;

import jakarta.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark of the time bank over HTTP, against a running server on PostgreSQL with the
 * embedded ledger (app/bench/load.sh TimeBankLoad starts both and runs this). In one run it
 * <ol>
 * <li>has the station register volunteers (each with an account) and a recipient through the API;</li>
 * <li>warms up every path measured;</li>
 * <li>measures GET /api/ping, then POST /api/timebank/services (a volunteer records a service: one
 *     durable ledger transaction), then POST /api/timebank/services/{id}/confirm by the station for
 *     every service recorded (one durable transaction each), then GET /api/ping again;</li>
 * <li>measures the volunteers' balance (GET /api/timebank/me) and statement
 *     (GET /api/timebank/me/statement) with GET /api/ping, first on the movements the load left,
 *     then after growing the movement table to bench.movements rows (10 million) with SQL.</li>
 * </ol>
 * Writes run with bench.concurrency requests in flight (32), queries with bench.queryConcurrency (1),
 * each beside GET /api/ping at the same concurrency. Not a test: it asserts nothing about timing.
 * <p>
 * Settings are system properties, all with defaults: bench.baseUrl, bench.jdbcUrl, bench.jdbcUser,
 * bench.jdbcPassword, bench.concurrency, bench.queryConcurrency, bench.volunteers, bench.warmupSeconds, bench.recordSeconds,
 * bench.querySeconds, bench.movements, bench.serverPid (for the server's CPU time per request).
 */
public final class TimeBankLoad {

    private static final String STATION = "station";
    private static final String[] HEADER = {"phase", "movements in DB", "in flight", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms",
            "errors", "p50 / ping p50", "p99 / ping p99", "CPU ms/req srv+db+drv"};

    private final String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18282");
    private final BenchApi api = new BenchApi(base);
    private final String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/eldercare_bench");
    private final String jdbcUser = System.getProperty("bench.jdbcUser", "postgres");
    private final String jdbcPassword = System.getProperty("bench.jdbcPassword", "postgres");
    private final int concurrency = Integer.getInteger("bench.concurrency", 32);
    /** Queries are timed with few requests in flight: their latency, not the queue before a busy CPU. */
    private final int queryConcurrency = Integer.getInteger("bench.queryConcurrency", 1);
    private final int volunteerCount = Integer.getInteger("bench.volunteers", 400);
    private final double warmupSeconds = Double.parseDouble(System.getProperty("bench.warmupSeconds", "20"));
    private final double recordSeconds = Double.parseDouble(System.getProperty("bench.recordSeconds", "30"));
    private final double querySeconds = Double.parseDouble(System.getProperty("bench.querySeconds", "15"));
    private final long movements = Long.getLong("bench.movements", 10_000_000L);
    private final long serverPid = Long.getLong("bench.serverPid", 0);

    private final Instant latestEnd = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    private final List<String[]> rows = new ArrayList<>();
    private String station;
    private String recipient;
    private String[] volunteers;
    private String[] tokens;
    /** Services requested so far, numbered across phases so that each volunteer's windows never overlap. */
    private final AtomicLong serviceNumbers = new AtomicLong();
    private ClosedLoop loop;

    public static void main(String[] args) throws Exception {
        new TimeBankLoad().run();
    }

    private void run() throws Exception {
        log("server %s, database %s, %d requests in flight, %d volunteers", base, jdbcUrl, concurrency, volunteerCount);
        station = api.login(STATION);
        register();
        try (TimeBankDatabase db = new TimeBankDatabase(jdbcUrl, jdbcUser, jdbcPassword);
             CpuMeter meter = new CpuMeter(serverPid, jdbcUrl, jdbcUser, jdbcPassword)) {
            loop = new ClosedLoop(meter);
            log("warm-up: %.0f s of each path", warmupSeconds);
            loop.run("warm-ping", concurrency, 0, warmupSeconds, i -> ping(), 200);
            record(db, warmupSeconds, false);
            loop.run("warm-balance", concurrency, 0, warmupSeconds, this::balance, 200);
            loop.run("warm-statement", concurrency, 0, warmupSeconds, this::statement, 200);

            log("durable transactions: %.0f s recording, then confirming all of them", recordSeconds);
            ClosedLoop.Result pingBefore = loop.run("ping", concurrency, 1, querySeconds, i -> ping(), 200);
            ClosedLoop.Result[] writes = record(db, recordSeconds, true);
            ClosedLoop.Result pingAfter = loop.run("ping", concurrency, 1, querySeconds, i -> ping(), 200);
            ClosedLoop.Result ping = ClosedLoop.Result.pool("GET /api/ping", List.of(pingBefore, pingAfter));
            String count = String.format(Locale.ROOT, "%,d", db.settledMovements());
            rows.add(row(writes[0], count, ping));
            rows.add(row(writes[1], count, ping));
            rows.add(row(ping, count, ping));
            queries(db);
            log("growing the movement table to %,d rows", movements);
            db.growMovements(movements);
            queries(db);
        }
        System.out.println();
        System.out.println(table(HEADER, rows, 2));
    }

    /** Records services for the given time, then confirms every one of them as the station. */
    private ClosedLoop.Result[] record(TimeBankDatabase db, double seconds, boolean measured) throws Exception {
        ClosedLoop.Result logs = loop.run(measured ? "POST services" : "warm-record", concurrency, measured ? 1 : 0,
                seconds, i -> logService(serviceNumbers.getAndIncrement()), 201);
        List<String> pending = db.pendingRecords(volunteers, logs.count());
        ClosedLoop.Result confirms = loop.run(measured ? "POST confirm" : "warm-confirm", concurrency, 0, 3_600,
                i -> i < pending.size() ? confirm(pending.get((int) i)) : null, 200);
        log("%s: %,d recorded (%.0f/s), %,d confirmed (%.0f/s), errors %d + %d%s", measured ? "measured" : "warm-up",
                logs.count(), logs.throughput(), confirms.count(), confirms.throughput(), logs.errors(), confirms.errors(),
                logs.errorSamples().isEmpty() && confirms.errorSamples().isEmpty() ? ""
                        : " e.g. " + logs.errorSamples() + confirms.errorSamples());
        return new ClosedLoop.Result[] {logs, confirms};
    }

    private void queries(TimeBankDatabase db) throws Exception {
        String count = String.format(Locale.ROOT, "%,d", db.movements());
        int c = queryConcurrency;
        ClosedLoop.Result pingBefore = loop.run("ping", c, 1, querySeconds, i -> ping(), 200);
        ClosedLoop.Result balance = loop.run("GET /api/timebank/me", c, 1, querySeconds, this::balance, 200);
        ClosedLoop.Result statement = loop.run("GET /api/timebank/me/statement", c, 1, querySeconds, this::statement, 200);
        ClosedLoop.Result pingAfter = loop.run("ping", c, 1, querySeconds, i -> ping(), 200);
        ClosedLoop.Result ping = ClosedLoop.Result.pool("GET /api/ping", List.of(pingBefore, pingAfter));
        for (ClosedLoop.Result r : List.of(balance, statement, ping)) {
            rows.add(row(r, count, ping));
            log("%s", table(HEADER, List.<String[]>of(rows.get(rows.size() - 1)), 2));
        }
    }

    private static String[] row(ClosedLoop.Result r, String movementsInDb, ClosedLoop.Result ping) {
        return new String[] {r.name(), movementsInDb, Integer.toString(r.concurrency()), f0(r.throughput()), f2(r.pct(50)), f2(r.pct(90)), f2(r.pct(99)),
                f1(r.max()), Long.toString(r.errors()), f1(r.pct(50) / ping.pct(50)) + "x",
                f1(r.pct(99) / ping.pct(99)) + "x", cpu(r)};
    }

    /** Service number n: volunteer n mod V, 5 minutes ending 10 minutes before that volunteer's previous one. */
    private HttpRequest logService(long n) {
        int v = (int) (n % volunteers.length);
        Instant end = latestEnd.minus(10 * (n / volunteers.length), ChronoUnit.MINUTES);
        String body = Json.createObjectBuilder().add("recipientId", recipient).add("categoryCode", "MEAL")
                .add("start", end.minus(5, ChronoUnit.MINUTES).toString()).add("end", end.toString()).build().toString();
        return api.post(tokens[v], "/api/timebank/services", body);
    }

    private HttpRequest confirm(String record) {
        return api.post(station, "/api/timebank/services/" + record + "/confirm", "{\"rating\":5}");
    }

    private HttpRequest balance(long i) {
        return api.get(tokens[(int) (i % tokens.length)], "/api/timebank/me");
    }

    private HttpRequest statement(long i) {
        return api.get(tokens[(int) (i % tokens.length)], "/api/timebank/me/statement?size=20");
    }

    private HttpRequest ping() {
        return HttpRequest.newBuilder(URI.create(base + "/api/ping")).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** The station registers the recipient and the volunteers, each volunteer with an account of its own. */
    private void register() throws IOException, InterruptedException {
        recipient = api.join(station, volunteerCount, "压测老人", false, null);
        volunteers = new String[volunteerCount];
        tokens = new String[volunteerCount];
        for (int v = 0; v < volunteerCount; v++) {
            String user = "tbload" + v;
            volunteers[v] = api.join(station, v, "压测志愿者" + v, true, user);
            tokens[v] = api.login(user);
        }
        log("registered %d volunteers and a recipient", volunteerCount);
    }

}
