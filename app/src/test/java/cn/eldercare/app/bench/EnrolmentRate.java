package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.log;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;

/**
 * Enrolments per second on one server, for comparing database settings side by side
 * ({@code app/bench/h2-commit.sh} runs it against the embedded default with and without H2's
 * write delay): seeds courses and caregivers through the API as zz-staff, warms up, then measures
 * {@code POST /api/courses/{id}/enrolments} closed loop, every request a new course/caregiver pair.
 * Settings: bench.baseUrl, bench.concurrency (32), bench.courses (20), bench.loadCaregivers (3000),
 * bench.warmupSeconds (20), bench.enrolSeconds (30).
 */
public final class EnrolmentRate {

    private EnrolmentRate() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.baseUrl", "http://127.0.0.1:18282");
        int concurrency = Integer.getInteger("bench.concurrency", 32);
        double warmup = Double.parseDouble(System.getProperty("bench.warmupSeconds", "20"));
        double seconds = Double.parseDouble(System.getProperty("bench.enrolSeconds", "30"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        TrainingLoad.Session session = TrainingLoad.Session.open(http, base);
        long[] courses = session.createCourses(Integer.getInteger("bench.courses", 20), 8);
        long[] caregivers = session.createCaregivers(Integer.getInteger("bench.loadCaregivers", 3000), 16, 0);
        ClosedLoop.Result r = new ClosedLoop(null).run("POST enrolments", concurrency, warmup, seconds,
                new TrainingLoad.EnrolmentPairs(session, courses, caregivers), 201);
        long[] sec = r.perSecondMinMedMax();
        log("enrolments: %.0f/s over %.0f s (per-second min %d, median %d, max %d), p50 %.1f ms, p99 %.1f ms, %d errors%s",
                r.throughput(), r.seconds(), sec[0], sec[1], sec[2], r.pct(50), r.pct(99), r.errors(),
                r.errorSamples().isEmpty() ? "" : " e.g. " + r.errorSamples().get(0));
        System.out.printf(Locale.ROOT, "RESULT %.0f %.1f %.1f %d%n", r.throughput(), r.pct(50), r.pct(99), r.errors());
    }
}
