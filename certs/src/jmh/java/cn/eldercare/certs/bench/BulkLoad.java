package cn.eldercare.certs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bulk issuing throughput of a running server with the demo world: builds a cohort of n passed caregivers
 * through the API, starts one bulk job and follows it. Reports the job's own start-to-finish time and,
 * given the server's process id on this machine, the CPU the server spent meanwhile, which says what two
 * idle cores would do even when the machine is shared. Usage:
 * {@code java -cp certs-bench.jar cn.eldercare.certs.bench.BulkLoad http://127.0.0.1:8080 1000 [serverPid]}
 */
public final class BulkLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private BulkLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        String staff = login(base, "zz-staff");
        String assessor = login(base, "zz-assessor");
        long course = call(base, staff, "POST", "/api/courses", "application/json", JSON.writeValueAsString(JSON.createObjectNode()
                .put("occupationCode", "YLHLY").put("level", 5).put("title", "批量发证基准 " + System.currentTimeMillis())
                .put("capacity", n + 10).put("startsOn", LocalDate.now().minusDays(20).toString())
                .put("endsOn", LocalDate.now().plusDays(20).toString()).put("schedule", "集中培训").put("deliveryMode", "OFFLINE")
                .put("subsidyEligible", true))).get("id").asLong();
        StringBuilder csv = new StringBuilder("姓名,性别,身份证号,手机号,补贴类别\n");
        long seed = System.currentTimeMillis() / 1000 % 400_000;
        for (int i = 0; i < n; i++) {
            csv.append(String.format(Locale.ROOT, "基准学员%05d,女,%s,13900%06d,EMPLOYED%n", i, idNumber(seed + i), i));
        }
        call(base, staff, "POST", "/api/courses/" + course + "/roster-import", "text/csv; charset=UTF-8", csv.toString());
        List<Long> cohort = new ArrayList<>();
        for (int page = 0; cohort.size() < n; page++) {
            call(base, staff, "GET", "/api/courses/" + course + "/enrolments?size=100&page=" + page, null, null)
                    .get("items").forEach(e -> cohort.add(e.get("id").asLong()));
        }
        for (int day = 1; day <= 15; day++) {
            call(base, staff, "POST", "/api/courses/" + course + "/sessions", "application/json", JSON.writeValueAsString(
                    JSON.createObjectNode().put("heldOn", LocalDate.now().minusDays(day).toString()).put("minutes", 720)
                            .put("topic", "第" + day + "天").set("attendees", JSON.valueToTree(cohort))));
        }
        score(base, assessor, cohort);
        System.out.printf(Locale.ROOT, "cohort of %d ready; starting the job%n", n);
        follow(base, staff, course, args.length > 2 ? Path.of("/proc", args[2], "stat") : null);
    }

    private static void follow(String base, String staff, long course, Path stat) throws Exception {
        double cpuBefore = cpuSeconds(stat);
        long job = call(base, staff, "POST", "/api/courses/" + course + "/certificate-jobs", null, null).get("id").asLong();
        JsonNode now;
        do {
            Thread.sleep(200);
            now = call(base, staff, "GET", "/api/certificate-jobs/" + job, null, null);
            System.out.printf(Locale.ROOT, "  %s %d/%d done, %d failed%n", now.get("status").asText(), now.get("done").asInt(),
                    now.get("total").asInt(), now.get("failed").asInt());
        } while (now.get("status").asText().matches("QUEUED|RUNNING"));
        double cpu = cpuSeconds(stat) - cpuBefore;
        double seconds = Duration.between(OffsetDateTime.parse(now.get("startedAt").asText()),
                OffsetDateTime.parse(now.get("finishedAt").asText())).toMillis() / 1000.0;
        int done = now.get("done").asInt();
        System.out.printf(Locale.ROOT, "job %d: %d certificates in %.1f s = %.0f/s wall clock%n", job, done, seconds, done / seconds);
        if (stat != null) {
            System.out.printf(Locale.ROOT, "server CPU %.1f s = %.2f ms per certificate -> %.0f/s on 2 idle cores%n",
                    cpu, cpu * 1000 / done, 2 * done / cpu);
        }
    }

    private static void score(String base, String assessor, List<Long> cohort) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (long e : cohort) {
            all.add(pool.submit(() -> {
                for (String part : new String[]{"THEORY", "SKILL"}) {
                    call(base, assessor, "POST", "/api/enrolments/" + e + "/scores", "application/json",
                            "{\"part\":\"" + part + "\",\"score\":80}");
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
    }

    /** User plus system time of the process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    private static double cpuSeconds(Path stat) throws Exception {
        if (stat == null) {
            return 0;
        }
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static String idNumber(long n) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 14_000);
        String body = "419002" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", (n / 14_000) % 500 * 2);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String login(String base, String user) throws Exception {
        return call(base, null, "POST", "/api/auth/login", "application/json",
                "{\"username\":\"" + user + "\",\"password\":\"Demo#2026\"}").get("token").asText();
    }

    private static JsonNode call(String base, String token, String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }
}
