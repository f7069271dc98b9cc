package cn.eldercare.app.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements the server sends per request, one request at a time. Needs the server's
 * database to log every statement (load.sh with BENCH_PROFILE=1 sets log_statement = 'all'
 * on eldercare_bench only) and the PostgreSQL server log, whose path is the first argument.
 * Prints each distinct statement (numbers replaced by ?) with how often it ran per request.
 */
public final class StatementProfile {

    private static final Pattern LOGGED = Pattern.compile("\\[(\\d+)\\] \\S*@(\\S+) LOG:  (?:statement|execute [^:]*): (.*)");

    public static void main(String[] args) throws Exception {
        String logFile = args[0];
        int n = Integer.getInteger("bench.profileRequests", 100);
        String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18282");
        String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/eldercare_bench");
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        TrainingLoad.Session s = TrainingLoad.Session.open(http, base);
        long[] courses = s.createCourses(n + 1, 4);
        long[] caregivers = s.createCaregivers(1, 4, 0);
        try (BenchDatabase db = new BenchDatabase(jdbcUrl, System.getProperty("bench.jdbcUser", "postgres"),
                System.getProperty("bench.jdbcPassword", "postgres"))) {
            profile("GET /api/ping", n, i -> s.ping(), 200, http, logFile, database);
            profile("GET /api/courses (page 0, size 20)", n, i -> s.list(0), 200, http, logFile, database);
            profile("GET /api/courses (filtered, page 2)", n, i -> s.list(1), 200, http, logFile, database);
            // each request a different course, as in the load
            profile("POST /api/courses/{id}/enrolments", n, i -> s.enrol(courses[(int) i], caregivers[0]), 201, http, logFile,
                    database);
            System.out.printf(Locale.ROOT, "consistency: %d courses whose counters disagree with their rows%n", db.inconsistentCourses());
        }
    }

    private static void profile(String what, int n, LongFunction<HttpRequest> request, int status, HttpClient http,
                                String logFile, String database) throws IOException, InterruptedException, SQLException {
        // one untimed request first, so connection set-up and first-use queries are not counted
        http.send(request.apply(n), HttpResponse.BodyHandlers.discarding());
        Thread.sleep(500);
        long from = new java.io.File(logFile).length();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != status) {
                throw new IllegalStateException(what + " → " + r.statusCode() + " " + r.body());
            }
        }
        Thread.sleep(1000);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        try (RandomAccessFile f = new RandomAccessFile(logFile, "r")) {
            f.seek(from);
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LOGGED.matcher(line);
                if (m.find() && m.group(2).equals(database)) {
                    String sql = m.group(3).replaceAll("\\b\\d+\\b", "?").replaceAll("\\s+", " ").strip();
                    counts.merge(sql.length() > 150 ? sql.substring(0, 150) + "…" : sql, 1, Integer::sum);
                    total++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n== %s: %.2f statements per request (%d requests)%n", what, total / (double) n, n);
        int all = total;
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e ->
                System.out.printf(Locale.ROOT, "%6.2f  %s%n", e.getValue() / (double) n, e.getKey()));
        if (all == 0) {
            System.out.println("(no statements logged: is log_statement = 'all' set on the database?)");
        }
    }
}
