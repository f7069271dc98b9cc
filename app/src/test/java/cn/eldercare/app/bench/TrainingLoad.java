package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.cpu;
import static cn.eldercare.app.bench.Report.f0;
import static cn.eldercare.app.bench.Report.f1;
import static cn.eldercare.app.bench.Report.f2;
import static cn.eldercare.app.bench.Report.json;
import static cn.eldercare.app.bench.Report.log;
import static cn.eldercare.app.bench.Report.table;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load benchmark of the training API against a running server on a PostgreSQL database
 * (app/bench/load.sh TrainingLoad starts both and runs this). In one run it
 * <ol>
 * <li>seeds courses and caregivers through the API as base staff zz-staff;</li>
 * <li>grows the enrolment table to each step (1k, 10k, 100k, 1M by default) with direct SQL and,
 *     at each step, measures GET /api/courses and GET /api/ping in alternating rounds;</li>
 * <li>then, on the full table, measures POST /api/courses/{id}/enrolments for a sustained window,
 *     with GET /api/ping measured just before and just after;</li>
 * <li>then shrinks the table through the same steps again (SQL deletes) and measures the list again,
 *     so that a trend with the table size can be told from drift on a shared machine;</li>
 * </ol>
 * and prints tables with p50/p90/p99/max, throughput and the ratios to /api/ping. Every phase
 * uses the same number of requests in flight. Not a test: it asserts nothing about timing.
 * <p>
 * Settings are system properties, all with defaults: bench.baseUrl, bench.jdbcUrl, bench.jdbcUser,
 * bench.jdbcPassword, bench.concurrency, bench.courses, bench.loadCaregivers, bench.steps,
 * bench.rounds, bench.roundSeconds, bench.descend, bench.warmupSeconds, bench.enrolWarmupSeconds, bench.enrolSeconds,
 * bench.pingSeconds, bench.serverPid (the server's process id, for its CPU time per request).
 */
public final class TrainingLoad {

    private static final String PASSWORD = "Demo#2026";
    private static final String STAFF = "zz-staff";

    private final String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18282");
    private final String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/eldercare_bench");
    private final String jdbcUser = System.getProperty("bench.jdbcUser", "postgres");
    private final String jdbcPassword = System.getProperty("bench.jdbcPassword", "postgres");
    private final int concurrency = Integer.getInteger("bench.concurrency", 32);
    private final int courseCount = Integer.getInteger("bench.courses", 200);
    private final int loadCaregiverCount = Integer.getInteger("bench.loadCaregivers", 5000);
    private final long[] steps = Arrays.stream(System.getProperty("bench.steps", "1000,10000,100000,1000000").split(","))
            .map(String::strip).mapToLong(Long::parseLong).toArray();
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final double roundSeconds = Double.parseDouble(System.getProperty("bench.roundSeconds", "5"));
    private final double enrolWarmupSeconds = Double.parseDouble(System.getProperty("bench.enrolWarmupSeconds", "300"));
    private final double enrolSeconds = Double.parseDouble(System.getProperty("bench.enrolSeconds", "40"));
    private final double pingSeconds = Double.parseDouble(System.getProperty("bench.pingSeconds", "10"));
    private final boolean descend = Boolean.parseBoolean(System.getProperty("bench.descend", "true"));
    private final double warmupSeconds = Double.parseDouble(System.getProperty("bench.warmupSeconds", "20"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final long serverPid = Long.getLong("bench.serverPid", 0);
    private ClosedLoop loop;
    private Session session;

    public static void main(String[] args) throws Exception {
        new TrainingLoad().run();
    }

    private void run() throws Exception {
        log("server %s, database %s, %d requests in flight, %d cores visible to the driver", base, jdbcUrl, concurrency,
                Runtime.getRuntime().availableProcessors());
        session = Session.open(http, base);
        long maxStep = Arrays.stream(steps).max().orElse(0);
        int bulkCaregiverCount = (int) ((maxStep + courseCount - 1) / courseCount);
        long[] courses = session.createCourses(courseCount, 8);
        long[] caregivers = session.createCaregivers(bulkCaregiverCount + loadCaregiverCount, 16, 0);
        long[] bulkCaregivers = Arrays.copyOfRange(caregivers, 0, bulkCaregiverCount);
        long[] loadCaregivers = Arrays.copyOfRange(caregivers, bulkCaregiverCount, caregivers.length);

        try (BenchDatabase db = new BenchDatabase(jdbcUrl, jdbcUser, jdbcPassword);
             CpuMeter meter = new CpuMeter(serverPid, jdbcUrl, jdbcUser, jdbcPassword)) {
            loop = new ClosedLoop(meter);
            // JIT warm-up of every path measured later. The warm-up enrolments are deleted again, so
            // that the first step can be 1,000 enrolments and the load can reuse their pairs.
            log("warm-up: %.0f s ping, %.0f s course list, %.0f s enrolment", warmupSeconds, warmupSeconds, warmupSeconds);
            loop.run("warm-ping", concurrency, 0, warmupSeconds, i -> session.ping(), 200);
            loop.run("warm-list", concurrency, 0, warmupSeconds, session::list, 200);
            ClosedLoop.Result warm = loop.run("warm-enrol", concurrency, 0, warmupSeconds,
                    new EnrolmentPairs(session, courses, loadCaregivers), 201);
            int deleted = db.deleteEnrolments(courses);
            db.recount();
            log("warm-up enrolments: %.0f/s, %d errors%s; %,d deleted again", warm.throughput(), warm.errors(),
                    warm.errorSamples().isEmpty() ? "" : " e.g. " + warm.errorSamples().get(0), deleted);
            EnrolmentPairs pairs = new EnrolmentPairs(session, courses, loadCaregivers);

            List<String[]> listRows = new ArrayList<>();
            for (long step : steps) {
                listRows.add(step(db, step, "up", courses, bulkCaregivers));
            }

            long before = db.enrolments();
            long[] statsBefore = db.activity();
            log("enrolment load: %.0f s warm-up, %.0f s measured, /api/ping %.0f s before and after", enrolWarmupSeconds,
                    enrolSeconds, pingSeconds);
            ClosedLoop.Result pingBefore = loop.run("ping", concurrency, 1, pingSeconds, i -> session.ping(), 200);
            ClosedLoop.Result enrol = loop.run("POST enrolments", concurrency, enrolWarmupSeconds, enrolSeconds, pairs, 201);
            if (enrol.seconds() < enrolSeconds * 0.99) {
                log("the load ran out of new course/caregiver pairs after %.0f s of %.0f: raise bench.loadCaregivers",
                        enrol.seconds(), enrolSeconds);
            }
            if (enrol.errors() > 0) {
                log("enrolment errors, e.g. %s", enrol.errorSamples());
            }
            ClosedLoop.Result pingAfter = loop.run("ping", concurrency, 1, pingSeconds, i -> session.ping(), 200);
            Thread.sleep(2000); // let the server's backends publish their statistics
            long after = db.enrolments();
            long[] statsAfter = db.activity();
            long inconsistent = db.inconsistentCourses();
            ClosedLoop.Result ping = ClosedLoop.Result.pool("GET /api/ping", List.of(pingBefore, pingAfter));
            String[] enrolRow = enrolRow(String.format(Locale.ROOT, "%,d→%,d", before, after), enrol, ping);

            if (descend) {
                // the same steps again from the top: tells a trend with the table size from drift in a noisy machine
                for (int i = steps.length - 1; i >= 0; i--) {
                    listRows.add(step(db, steps[i], "down", courses, bulkCaregivers));
                }
            }

            System.out.println();
            System.out.printf(Locale.ROOT, "== Course list against enrolments in the database (%d requests in flight, closed loop,"
                    + " %d alternating rounds of %.0f s per step) ==%n", concurrency, rounds, roundSeconds);
            System.out.println(table(LIST_HEADER, listRows, 2));
            System.out.printf(Locale.ROOT, "== Enrolment, sustained (%d requests in flight, closed loop, %.0f s after %.0f s warm-up;"
                    + " /api/ping %.0f s before and after) ==%n", concurrency, enrol.seconds(), enrolWarmupSeconds, pingSeconds);
            System.out.println(table(ENROL_HEADER, List.<String[]>of(enrolRow), 1));
            long[] sec = enrol.perSecondMinMedMax();
            System.out.printf(Locale.ROOT, "enrolments: %.0f/s over %.0f s (per-second min %d, median %d, max %d), %d errors%s%n",
                    enrol.throughput(), enrol.seconds(), sec[0], sec[1], sec[2], enrol.errors(),
                    enrol.errorSamples().isEmpty() ? "" : " e.g. " + enrol.errorSamples().get(0));
            for (ClosedLoop.Result r : List.of(enrol, ping)) {
                double[] c = r.cpuPerRequest();
                if (c != null && serverPid > 0) {
                    int cores = Runtime.getRuntime().availableProcessors();
                    double total = c[0] + c[1] + c[2];
                    System.out.printf(Locale.ROOT, "%s CPU per request: server %.2f + database %.2f + driver %.2f = %.2f ms,"
                            + " i.e. at most %.0f/s on %d cores with nothing else running%n", r.name(), c[0], c[1], c[2], total,
                            cores * 1000 / total, cores);
                }
            }
            long added = after - before;
            long[] d = new long[statsAfter.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = statsAfter[i] - statsBefore[i];
            }
            System.out.printf(Locale.ROOT, "database per enrolment (%,d added incl. warm-up): %.2f commits, %.2f rollbacks,"
                            + " %.1f rows returned, %.1f rows fetched, %.2f rows inserted, %.2f rows updated, %.1f blocks hit%n",
                    added, d[0] / (double) added, d[1] / (double) added, d[2] / (double) added, d[3] / (double) added,
                    d[4] / (double) added, d[5] / (double) added, d[7] / (double) added);
            System.out.printf(Locale.ROOT, "consistency after the load: %d courses whose counters disagree with their rows%n",
                    inconsistent);
        }
    }

    /** Brings the table to {@code step} enrolments and measures the course list and /api/ping in alternating rounds. */
    private String[] step(BenchDatabase db, long step, String sweep, long[] courses, long[] bulkCaregivers) throws Exception {
        long t0 = System.nanoTime();
        long now = db.enrolments();
        if (now > step) {
            db.deleteEnrolments(courses); // the load's, made through the API
            db.deleteBulkFrom(step - db.enrolments() + db.bulkEnrolments());
        }
        now = db.enrolments();
        long bulk = db.bulkEnrolments();
        db.insertBulk(courses, bulkCaregivers, bulk, bulk + (step - now));
        db.recount();
        db.settle();
        log("%,d enrolments (%s) in %.1f s; %d courses whose counters disagree with their rows", db.enrolments(), sweep,
                (System.nanoTime() - t0) / 1e9, db.inconsistentCourses());
        List<ClosedLoop.Result> pings = new ArrayList<>();
        List<ClosedLoop.Result> lists = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            pings.add(loop.run("ping", concurrency, 1, roundSeconds, i -> session.ping(), 200));
            lists.add(loop.run("list", concurrency, 1, roundSeconds, session::list, 200));
        }
        ClosedLoop.Result ping = ClosedLoop.Result.pool("GET /api/ping", pings);
        ClosedLoop.Result list = ClosedLoop.Result.pool("GET /api/courses", lists);
        String[] row = {String.format(Locale.ROOT, "%,d", db.enrolments()), sweep,
                f0(list.throughput()), f1(list.pct(50)), f1(list.pct(90)), f1(list.pct(99)), f1(list.max()), Long.toString(list.errors()),
                f0(ping.throughput()), f2(ping.pct(50)), f2(ping.pct(99)), Long.toString(ping.errors()),
                f1(list.pct(50) / ping.pct(50)) + "x", f1(list.pct(99) / ping.pct(99)) + "x",
                String.format(Locale.ROOT, "%.3f", list.throughput() / ping.throughput()), cpu(list), cpu(ping)};
        log("%s", table(LIST_HEADER, List.<String[]>of(row), 2));
        return row;
    }

    /** Signed in as base staff zz-staff: builds the requests and seeds data through the API. */
    static final class Session {
        private final HttpClient http;
        private final String base;
        private final String token;

        private Session(HttpClient http, String base, String token) {
            this.http = http;
            this.base = base;
            this.token = token;
        }

        static Session open(HttpClient http, String base) throws IOException, InterruptedException {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Json.createObjectBuilder().add("username", STAFF).add("password", PASSWORD).build().toString())).build();
            HttpResponse<String> reply = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("login failed: " + reply.statusCode() + " " + reply.body());
            }
            return new Session(http, base, json(reply.body()).getString("token"));
        }

        HttpRequest ping() {
            return HttpRequest.newBuilder(URI.create(base + "/api/ping")).timeout(Duration.ofSeconds(30)).GET().build();
        }

        /** The catalogue's first page and a filtered later page, alternately. */
        HttpRequest list(long i) {
            String query = i % 2 == 0 ? "/api/courses?page=0&size=20" : "/api/courses?occupation=YLHLY&level=5&page=2&size=20";
            return HttpRequest.newBuilder(URI.create(base + query)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build();
        }

        HttpRequest enrol(long course, long caregiver) {
            return post("/api/courses/" + course + "/enrolments", "{\"caregiverId\":" + caregiver + "}");
        }

        private HttpRequest post(String path, String json) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        long[] createCourses(int n, int threads) throws Exception {
            LocalDate start = LocalDate.now().minusDays(7);
            return create("courses", n, threads, "/api/courses", i -> Json.createObjectBuilder()
                    .add("occupationCode", "YLHLY").add("level", 5).add("title", "压测课程 " + i).add("capacity", 10_000)
                    .add("startsOn", start.toString()).add("endsOn", start.plusDays(60).toString()).add("schedule", "周一至周五")
                    .add("deliveryMode", "OFFLINE").add("subsidyEligible", true)
                    .add("modules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "生活照料").add("hours", 40)))
                    .build().toString());
        }

        /** Caregivers number {@code first} to {@code first + n - 1}: numbers pick distinct ID numbers. */
        long[] createCaregivers(int n, int threads, int first) throws Exception {
            return create("caregivers", n, threads, "/api/caregivers", i -> Json.createObjectBuilder()
                    .add("idNumber", idNumber(first + i)).add("name", "压测学员" + (first + i)).add("phone", "13800000000")
                    .add("education", "TECHNICAL_SCHOOL").add("educationInField", true).add("subsidyCategory", "EMPLOYED")
                    .build().toString());
        }

        private long[] create(String what, int n, int threads, String path, java.util.function.IntFunction<String> body)
                throws Exception {
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> ids = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int index = i;
                    ids.add(pool.submit(() -> {
                        HttpResponse<String> r = http.send(post(path, body.apply(index)), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
                        }
                        return json(r.body()).getJsonNumber("id").longValue();
                    }));
                }
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = ids.get(i).get();
                }
                double s = (System.nanoTime() - t0) / 1e9;
                log("seeded %,d %s through the API in %.1f s (%.0f/s)", n, what, s, n / s);
                return out;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Course × caregiver pairs never enrolled before, numbered so that consecutive requests go to
     * different courses and different caregivers, as when many people enrol at once: request k
     * takes course c = k mod courses and, of round r = k / courses, caregiver (r + c × caregivers /
     * courses) mod caregivers, which is a new caregiver for every course in each round.
     */
    static final class EnrolmentPairs implements ClosedLoop.Requests {
        private final Session session;
        private final long[] courses;
        private final long[] caregivers;
        private final long stride;
        private final java.util.concurrent.atomic.AtomicLong taken = new java.util.concurrent.atomic.AtomicLong();

        EnrolmentPairs(Session session, long[] courses, long[] caregivers) {
            this.session = session;
            this.courses = courses;
            this.caregivers = caregivers;
            this.stride = Math.max(1, caregivers.length / courses.length);
        }

        @Override
        public HttpRequest apply(long ignored) {
            long k = taken.getAndIncrement();
            if (k / courses.length >= caregivers.length) {
                return null;
            }
            int course = (int) (k % courses.length);
            long round = k / courses.length;
            return session.enrol(courses[course], caregivers[(int) ((round + course * stride) % caregivers.length)]);
        }

    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** A valid resident ID number, distinct for every n below 7,000,000 (women, region 419001). */
    static String idNumber(int n) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 14_000);
        int seq = (n / 14_000) % 500 * 2;
        String body = "419001" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    // ---- output

    private static final String[] LIST_HEADER = {"enrolments in DB", "sweep", "list req/s", "list p50 ms", "list p90 ms",
            "list p99 ms", "list max ms", "list errors", "ping req/s", "ping p50 ms", "ping p99 ms", "ping errors",
            "p50 list/ping", "p99 list/ping", "req/s list/ping", "list CPU ms/req srv+db+drv", "ping CPU ms/req srv+db+drv"};
    private static final String[] ENROL_HEADER = {"enrolments in DB", "enrol req/s", "enrol p50 ms", "enrol p90 ms", "enrol p99 ms",
            "enrol max ms", "enrol errors", "ping req/s", "ping p50 ms", "ping p99 ms", "ping errors", "p50 enrol/ping",
            "p99 enrol/ping", "req/s enrol/ping", "enrol CPU ms/req srv+db+drv", "ping CPU ms/req srv+db+drv"};

    private static String[] enrolRow(String at, ClosedLoop.Result e, ClosedLoop.Result ping) {
        return new String[] {at, f0(e.throughput()), f1(e.pct(50)), f1(e.pct(90)), f1(e.pct(99)), f1(e.max()), Long.toString(e.errors()),
                f0(ping.throughput()), f2(ping.pct(50)), f2(ping.pct(99)), Long.toString(ping.errors()),
                f1(e.pct(50) / ping.pct(50)) + "x", f1(e.pct(99) / ping.pct(99)) + "x",
                String.format(Locale.ROOT, "%.3f", e.throughput() / ping.throughput()), cpu(e), cpu(ping)};
    }
}
