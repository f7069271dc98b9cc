package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.f0;
import static cn.eldercare.app.bench.Report.f1;
import static cn.eldercare.app.bench.Report.json;
import static cn.eldercare.app.bench.Report.log;
import static cn.eldercare.app.bench.Report.table;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak of the whole product over HTTP at a fixed rate, against a running server on the embedded default
 * (app/bench/soak.sh starts it with the run command's JVM options and runs this). In one run it
 * <ol>
 * <li>seeds through the API: bench.volunteers volunteers with accounts, a recipient who is each one's
 *     recorded relative, 20 courses and 800 caregivers;</li>
 * <li>measures the capacity of the mix: closed loop, bench.capacityConcurrency requests in flight,
 *     bench.capacitySeconds after a warm-up of the same length (skipped when bench.rate is given);</li>
 * <li>sends the mix open-loop at bench.rate requests a second (default half the capacity) for
 *     bench.minutes minutes, and prints a line a minute: requests, errors, p50/p99/max (from the
 *     moment each request was due, so a stalled server is not hidden), the server's heap after its
 *     collections of that minute (from its GC log, bench.gcLog), RSS and threads (/proc).</li>
 * </ol>
 * The mix, by weight: course list 20, enrolment 8, a volunteer logs a service 10, the station confirms
 * one 10, balance 12, statement 6, redemption 4, gift to a relative 4, public verification of a
 * certificate 6, sign-in 3, sign-in with a wrong password or unknown username 3 (each from an address
 * of its own, named in X-Forwarded-For: the server must trust 127.0.0.1 as a proxy). Not a test: it
 * asserts nothing about timing.
 */
public final class Soak {

    enum Kind {
        COURSES(20, 200), ENROL(8, 201), LOG(10, 201), CONFIRM(10, 200), BALANCE(12, 200), STATEMENT(6, 200),
        REDEEM(4, 200), GIFT(4, 200), VERIFY(6, 200), LOGIN(3, 200), LOGIN_WRONG(3, 401);

        final int weight;
        final int expected;

        Kind(int weight, int expected) {
            this.weight = weight;
            this.expected = expected;
        }
    }

    private static final Kind[] WHEEL = wheel();
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18640");
    private final int volunteerCount = Integer.getInteger("bench.volunteers", 100);
    private final double minutes = Double.parseDouble(System.getProperty("bench.minutes", "30"));
    private final double fixedRate = Double.parseDouble(System.getProperty("bench.rate", "0"));
    private final double capacitySeconds = Double.parseDouble(System.getProperty("bench.capacitySeconds", "60"));
    private final int capacityConcurrency = Integer.getInteger("bench.capacityConcurrency", 16);
    private final int threads = Integer.getInteger("bench.threads", 64);
    private final long serverPid = Long.getLong("bench.serverPid", 0);
    private final Path gcLog = Path.of(System.getProperty("bench.gcLog", "/dev/null"));

    private final BenchApi api = new BenchApi(base);
    private final Instant latestEnd = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    /** Services each volunteer has logged, so that each one's windows never overlap. */
    private AtomicLongArray serviceNumbers;
    private final AtomicLong wrongLogins = new AtomicLong();
    private final ConcurrentLinkedQueue<String[]> toConfirm = new ConcurrentLinkedQueue<>();
    private String station;
    private String recipient;
    private String[] tokens;
    private String[] usernames;
    /** Minutes each volunteer has been credited and not yet spent by the driver, so redemptions and gifts never overdraw. */
    private AtomicLongArray spendable;
    private List<String> codes;
    private TrainingLoad.Session staff;
    private TrainingLoad.EnrolmentPairs pairs;
    private long gcLogRead;

    public static void main(String[] args) throws Exception {
        new Soak().run();
    }

    private void run() throws Exception {
        log("server %s, %d volunteers", base, volunteerCount);
        seed();
        double rate = fixedRate;
        if (rate <= 0) {
            ClosedLoop.Result capacity = new ClosedLoop(null).run("capacity", capacityConcurrency, capacitySeconds, capacitySeconds,
                    () -> new ClosedLoop.Caller() {
                        private final PlainHttp http = new PlainHttp();

                        @Override
                        public String call(long i) {
                            Kind kind = WHEEL[(int) (i % WHEEL.length)];
                            return send(http, kind, ThreadLocalRandom.current());
                        }

                        @Override
                        public void close() {
                            http.close();
                        }
                    });
            rate = capacity.throughput() / 2;
            log("capacity of the mix: %s req/s (closed loop, %d in flight, p50 %s ms, p99 %s ms, %d errors %s); soak at half: %s req/s",
                    f0(capacity.throughput()), capacityConcurrency, f1(capacity.pct(50)), f1(capacity.pct(99)), capacity.errors(),
                    capacity.errorSamples(), f1(rate));
        }
        soak(rate);
    }

    // ---- the fixed-rate phase

    private record Done(long dueNanos, long latencyNanos, Kind kind, String failure) {
    }

    private void soak(double rate) throws Exception {
        LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Done> done = new LinkedBlockingQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try (PlainHttp http = new PlainHttp()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (true) {
                        long at = due.take();
                        if (at < 0) {
                            return;
                        }
                        Kind kind = WHEEL[random.nextInt(WHEEL.length)];
                        String failure = send(http, kind, random);
                        done.add(new Done(at, System.nanoTime() - at, kind, failure));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "soak-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        long start = System.nanoTime();
        long interval = (long) (1e9 / rate);
        long total = (long) (minutes * 60 * rate);
        int minuteCount = (int) Math.ceil(minutes);
        long[][] lat = new long[minuteCount][];
        int[] sizes = new int[minuteCount];
        long[] errors = new long[minuteCount];
        long[] notSent = new long[minuteCount];
        Map<String, Long> errorKinds = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        for (int m = 0; m < minuteCount; m++) {
            lat[m] = new long[(int) (rate * 70)];
        }
        List<String[]> rows = new ArrayList<>();
        String[] header = {"minute", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "not sent", "heap after GC MB (min-max)",
            "GCs", "RSS MB", "threads", "server CPU %"};
        log("soak: %s req/s for %.0f minutes, %d sender threads, latency from the moment each request is due", f1(rate), minutes, threads);
        Thread collector = new Thread(() -> {
            try {
                while (true) {
                    Done d = done.take();
                    if (d.kind == null) {
                        return;
                    }
                    int m = (int) ((d.dueNanos - start) / 60_000_000_000L);
                    if (m >= minuteCount) {
                        continue;
                    }
                    if (d.failure != null) {
                        errors[m]++;
                        errorKinds.merge(d.kind.name(), 1L, Long::sum);
                        if (samples.size() < 10) {
                            samples.add(d.kind + ": " + (d.failure.length() > 200 ? d.failure.substring(0, 200) : d.failure));
                        }
                    } else {
                        if (sizes[m] == lat[m].length) {
                            lat[m] = Arrays.copyOf(lat[m], sizes[m] * 2);
                        }
                        lat[m][sizes[m]++] = d.latencyNanos;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "soak-collector");
        collector.start();
        long cpuBefore = serverCpuNanos();
        int reported = 0;
        for (long i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            // a backlog of more than a few seconds means the server has stopped keeping up: drop, and count it
            if (due.size() > rate * 5) {
                int m = (int) ((at - start) / 60_000_000_000L);
                notSent[Math.min(m, minuteCount - 1)]++;
            } else {
                due.add(at);
            }
            int minute = (int) ((System.nanoTime() - start) / 60_000_000_000L);
            if (minute > reported && minute <= minuteCount) {
                // the minute before last is complete apart from stragglers of over 60 s, which count as late there
                cpuBefore = report(rows, header, reported, lat, sizes, errors, notSent, cpuBefore);
                reported++;
            }
        }
        for (int t = 0; t < threads; t++) {
            due.add(-1L);
        }
        for (Thread w : workers) {
            w.join(TimeUnit.SECONDS.toMillis(90));
        }
        done.add(new Done(0, 0, null, null));
        collector.join();
        while (reported < minuteCount) {
            cpuBefore = report(rows, header, reported, lat, sizes, errors, notSent, cpuBefore);
            reported++;
        }
        System.out.println();
        System.out.println(table(header, rows, 1));
        long allErrors = Arrays.stream(errors).sum() + Arrays.stream(notSent).sum();
        int window = Math.min(5, minuteCount / 2);
        double first = pct(merge(lat, sizes, 0, window), 99);
        double last = pct(merge(lat, sizes, minuteCount - window, minuteCount), 99);
        long requests = Arrays.stream(sizes).sum();
        System.out.printf(Locale.ROOT, "%n%,d requests answered as expected, %d errors (%s), %d not sent%n", requests,
                Arrays.stream(errors).sum(), errorKinds, Arrays.stream(notSent).sum());
        System.out.printf(Locale.ROOT, "p99 of the first %d minutes %.1f ms, of the last %d minutes %.1f ms: ratio %.2f%n", window, first,
                window, last, last / first);
        if (!samples.isEmpty()) {
            System.out.println("error samples: " + samples);
        }
        System.out.println(allErrors == 0 ? "no errors" : "ERRORS: " + allErrors);
    }

    private long report(List<String[]> rows, String[] header, int m, long[][] lat, int[] sizes, long[] errors, long[] notSent,
            long cpuBefore) {
        long[] l = Arrays.copyOf(lat[m], sizes[m]);
        Arrays.sort(l);
        long[] heap = gcSince();
        long cpu = serverCpuNanos();
        String[] row = {Integer.toString(m + 1), f0(l.length / 60.0), f1(pct(l, 50)), f1(pct(l, 99)),
            f1(l.length == 0 ? Double.NaN : l[l.length - 1] / 1e6), Long.toString(errors[m]), Long.toString(notSent[m]),
            heap[0] < 0 ? "-" : heap[0] + "-" + heap[1], Long.toString(heap[2]), f0(status("VmRSS") / 1024.0),
            Long.toString(status("Threads")), cpu < 0 ? "-" : f0((cpu - cpuBefore) / 600_000_000.0)};
        rows.add(row);
        log("%s", table(header, List.<String[]>of(row), 1).lines().skip(2).findFirst().orElse(""));
        return cpu;
    }

    private static long[] merge(long[][] lat, int[] sizes, int from, int to) {
        long[] all = new long[0];
        for (int m = from; m < to; m++) {
            int at = all.length;
            all = Arrays.copyOf(all, at + sizes[m]);
            System.arraycopy(lat[m], 0, all, at, sizes[m]);
        }
        Arrays.sort(all);
        return all;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** Heap after each collection logged since the last call: min and max MB, and how many collections; -1 without a log. */
    private long[] gcSince() {
        try {
            if (!Files.isReadable(gcLog) || Files.size(gcLog) <= gcLogRead) {
                return new long[] {-1, -1, 0};
            }
            byte[] bytes = Files.readAllBytes(gcLog);
            String fresh = new String(bytes, (int) gcLogRead, bytes.length - (int) gcLogRead, java.nio.charset.StandardCharsets.UTF_8);
            gcLogRead = bytes.length;
            long min = Long.MAX_VALUE;
            long max = -1;
            long n = 0;
            for (String line : fresh.split("\n")) {
                Matcher m = GC_LINE.matcher(line);
                if (line.contains("Pause") && m.find()) {
                    long after = Long.parseLong(m.group(2));
                    min = Math.min(min, after);
                    max = Math.max(max, after);
                    n++;
                }
            }
            return n == 0 ? new long[] {-1, -1, 0} : new long[] {min, max, n};
        } catch (IOException e) {
            return new long[] {-1, -1, 0};
        }
    }

    /** A field of /proc/PID/status in its unit (kB for sizes); -1 without a server pid. */
    private long status(String field) {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + serverPid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private long serverCpuNanos() {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException e) {
            return -1;
        }
    }

    // ---- the mix

    private static Kind[] wheel() {
        List<Kind> w = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (int i = 0; i < k.weight; i++) {
                w.add(k);
            }
        }
        // interleaved, so that the closed loop's consecutive numbers cycle through every kind
        Kind[] out = new Kind[w.size()];
        int[] used = new int[Kind.values().length];
        for (int i = 0; i < out.length; i++) {
            Kind best = null;
            double bestLag = -1;
            for (Kind k : Kind.values()) {
                double lag = (i + 1) * (double) k.weight / out.length - used[k.ordinal()];
                if (lag > bestLag) {
                    bestLag = lag;
                    best = k;
                }
            }
            out[i] = best;
            used[best.ordinal()]++;
        }
        return out;
    }

    /** Sends one request of the kind; null when it was answered as expected, otherwise what went wrong. */
    private String send(PlainHttp http, Kind kind, ThreadLocalRandom random) {
        int v = random.nextInt(tokens.length);
        HttpRequest request;
        String[] confirming = null;
        switch (kind) {
            case COURSES -> request = staff.list(random.nextInt(2));
            case ENROL -> {
                request = pairs.apply(0);
                if (request == null) {
                    return "no course/caregiver pairs left";
                }
            }
            case LOG -> request = logService(v);
            case CONFIRM -> {
                confirming = toConfirm.poll();
                if (confirming == null) {
                    // nothing logged yet to confirm: read a balance instead
                    return check(http, api.get(tokens[v], "/api/timebank/me"), 200, null);
                }
                request = api.post(station, "/api/timebank/services/" + confirming[0] + "/confirm", "{\"rating\":5}");
            }
            case BALANCE -> request = api.get(tokens[v], "/api/timebank/me");
            case STATEMENT -> request = api.get(tokens[v], "/api/timebank/me/statement?size=20");
            case REDEEM, GIFT -> {
                int payer = spender(random);
                if (payer < 0) {
                    return check(http, api.get(tokens[v], "/api/timebank/me/statement?size=20"), 200, null);
                }
                request = kind == Kind.REDEEM
                        ? api.post(tokens[payer], "/api/timebank/me/redemptions", "{\"categoryCode\":\"MEAL\",\"minutes\":1}")
                        : api.post(tokens[payer], "/api/timebank/me/gifts", "{\"relativeId\":\"" + recipient + "\",\"minutes\":1}");
            }
            case VERIFY -> request = HttpRequest.newBuilder(URI.create(base + "/api/verification/codes/" + codes.get(random.nextInt(codes.size()))))
                    .timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", address(random.nextInt(1 << 16))).GET().build();
            case LOGIN -> request = login(usernames[v], BenchApi.PASSWORD, address(random.nextInt(1 << 16)));
            case LOGIN_WRONG -> {
                long n = wrongLogins.getAndIncrement();
                // an unknown username or a known one with a wrong password, each time from a new address
                String user = n % 2 == 0 ? "nobody" + n : usernames[v];
                request = login(user, "wrong-" + n, address((int) (n + (1 << 20))));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        String[] confirmed = confirming;
        return check(http, request, kind.expected, answer -> {
            if (kind == Kind.LOG) {
                toConfirm.add(new String[] {json(answer).getString("recordId"), Integer.toString(v)});
            } else if (kind == Kind.CONFIRM) {
                // the station's confirmation credits the service's 5 minutes to the volunteer
                spendable.addAndGet(Integer.parseInt(confirmed[1]), 5);
            }
        });
    }

    private String check(PlainHttp http, HttpRequest request, int expected, java.util.function.Consumer<String> onSuccess) {
        try {
            PlainHttp.Answer a = http.send(request);
            if (a.status() != expected) {
                return a.status() + " " + request.method() + " " + request.uri().getPath() + " " + a.body();
            }
            if (onSuccess != null) {
                onSuccess.accept(a.body());
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return request.uri().getPath() + ": " + e;
        }
    }

    /** A volunteer with a minute credited and not yet spent, taking the minute; -1 if none is found at once. */
    private int spender(ThreadLocalRandom random) {
        for (int tries = 0; tries < 8; tries++) {
            int v = random.nextInt(tokens.length);
            long left = spendable.get(v);
            if (left > 0 && spendable.compareAndSet(v, left, left - 1)) {
                return v;
            }
        }
        return -1;
    }

    /** A documentation-range client address for number n (198.18.0.0/15, benchmarking). */
    private static String address(int n) {
        return "198." + (18 + (n >>> 16 & 1)) + "." + (n >>> 8 & 255) + "." + (n & 255);
    }

    private HttpRequest login(String user, String password, String from) {
        String body = Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
        return HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Service number n of volunteer v: 5 minutes, each of the volunteer's services 10 minutes before the one before. */
    private HttpRequest logService(int v) {
        long n = serviceNumbers.getAndIncrement(v);
        Instant end = latestEnd.minus(10 * n, ChronoUnit.MINUTES);
        String body = Json.createObjectBuilder().add("recipientId", recipient).add("categoryCode", "MEAL")
                .add("start", end.minus(5, ChronoUnit.MINUTES).toString()).add("end", end.toString()).build().toString();
        return api.post(tokens[v], "/api/timebank/services", body);
    }

    // ---- seeding through the API

    private void seed() throws Exception {
        station = api.login("station");
        recipient = api.join(station, volunteerCount, "浸泡测试老人", false, null);
        tokens = new String[volunteerCount];
        usernames = new String[volunteerCount];
        spendable = new AtomicLongArray(volunteerCount);
        serviceNumbers = new AtomicLongArray(volunteerCount);
        ConcurrentHashMap<Integer, String> members = new ConcurrentHashMap<>();
        for (int v = 0; v < volunteerCount; v++) {
            usernames[v] = "soak" + v;
            String member = api.join(station, v, "浸泡测试志愿者" + v, true, usernames[v]);
            members.put(v, member);
            tokens[v] = api.login(usernames[v]);
            api.send(api.post(station, "/api/timebank/relatives", Json.createObjectBuilder().add("memberId", member)
                    .add("relativeId", recipient).add("kinship", "PARENT").build().toString()), 200);
        }
        log("registered %d volunteers, each with the recipient as a recorded relative", volunteerCount);
        staff = TrainingLoad.Session.open(HttpClient.newHttpClient(), base);
        pairs = new TrainingLoad.EnrolmentPairs(staff, staff.createCourses(20, 4), staff.createCaregivers(800, 4, 10_000));
        String regulator = api.login("regulator");
        JsonObject page = json(api.send(api.get(regulator, "/api/certificates?size=50"), 200));
        codes = new ArrayList<>();
        for (JsonValue c : page.getJsonArray("items")) {
            codes.add(c.asJsonObject().getString("verificationCode"));
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no certificate to verify: the soak needs the demo data");
        }
        log("%d verification codes of the demo certificates", codes.size());
    }
}
