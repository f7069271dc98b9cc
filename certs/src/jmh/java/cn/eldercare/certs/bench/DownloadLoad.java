package cn.eldercare.certs.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load driver for the certificate download endpoint of a running server, with /api/ping
 * (the trivial endpoint) measured the same way as the baseline. Each client sends its next request as
 * soon as the last one answered. Usage:
 * {@code java -cp certs-bench.jar cn.eldercare.certs.bench.DownloadLoad http://127.0.0.1:8080 zz-staff 'Demo#2026' <certificateId> [clients] [seconds]}
 */
public final class DownloadLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private DownloadLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = login(base, args[1], args[2]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        HttpRequest download = HttpRequest.newBuilder(URI.create(base + "/api/certificates/" + args[3] + "/pdf"))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(base + "/api/ping")).GET().build();
        run("warm-up", download, clients, Math.max(5, seconds / 4));
        run("ping", ping, clients, seconds);
        run("download", download, clients, seconds);
    }

    private static void run(String name, HttpRequest request, int clients, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] bytes = new long[1];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(name + " answered " + r.statusCode());
                    }
                    latencies.add(System.nanoTime() - start);
                    bytes[0] = r.body().length;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            throw new IllegalStateException(name + ": no request completed");
        }
        System.out.printf(Locale.ROOT, "%-9s %d clients: %6d requests, %7.1f/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%d bytes each)%n",
                name, clients, sorted.size(), sorted.size() / (double) seconds, ms(sorted, 0.5), ms(sorted, 0.9), ms(sorted, 0.99), bytes[0]);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q))) / 1e6;
    }

    private static String login(String base, String user, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}
