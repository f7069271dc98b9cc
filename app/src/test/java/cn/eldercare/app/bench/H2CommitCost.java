package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What writing each commit to H2's file costs, without the server around it: threads run
 * enrolment-shaped transactions (lock a course row, insert an enrolment and an audit row, update the
 * course's counter, commit) on an H2 file database opened as the embedded default opens it, with H2's
 * default write delay and with {@code WRITE_DELAY=0}, alternately, each on a fresh file.
 * Settings: bench.threads (8), bench.seconds (10), bench.warmupSeconds (5), bench.rounds (3), bench.dir.
 */
public final class H2CommitCost {

    private static final String URL = "jdbc:h2:file:%s;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    private static final int COURSES = 200;

    private H2CommitCost() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 8);
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));
        double warmup = Double.parseDouble(System.getProperty("bench.warmupSeconds", "5"));
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "/tmp/eldercare-h2-commit-cost")));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("H2 default write delay", "");
        settings.put("WRITE_DELAY=0", ";WRITE_DELAY=0");
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Path file = dir.resolve("round" + round + "-" + results.size() % settings.size());
                Files.deleteIfExists(Path.of(file + ".mv.db"));
                String url = String.format(Locale.ROOT, URL, file) + setting.getValue();
                double perSecond = run(url, threads, warmup, seconds);
                results.computeIfAbsent(setting.getKey(), k -> new ArrayList<>()).add(perSecond);
                log("round %d, %s: %.0f commits/s (%d threads, %.0f s); file %.1f MB after SHUTDOWN", round, setting.getKey(),
                        perSecond, threads, seconds, Files.size(Path.of(file + ".mv.db")) / 1e6);
                Files.deleteIfExists(Path.of(file + ".mv.db"));
            }
        }
        results.forEach((name, values) -> System.out.printf(Locale.ROOT, "RESULT %s: %s commits/s%n", name,
                values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList()));
    }

    private static double run(String url, int threads, double warmup, double seconds) throws Exception {
        try (Connection admin = DriverManager.getConnection(url, "sa", "sa"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE TABLE course (id BIGINT PRIMARY KEY, enrolled_count INT NOT NULL, version INT NOT NULL)");
            sql.execute("CREATE TABLE enrolment (id BIGINT AUTO_INCREMENT PRIMARY KEY, course_id BIGINT NOT NULL REFERENCES course(id),"
                    + " caregiver_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL, enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            sql.execute("CREATE INDEX enrolment_caregiver ON enrolment(caregiver_id)");
            sql.execute("CREATE TABLE audit_event (id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " actor VARCHAR(64) NOT NULL, action VARCHAR(40) NOT NULL, entity_id BIGINT NOT NULL, detail VARCHAR(1000))");
            sql.execute("INSERT INTO course SELECT X, 0, 0 FROM SYSTEM_RANGE(1, " + COURSES + ")");
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong commits = new AtomicLong();
            AtomicLong next = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(new Thread(() -> work(url, next, running, measuring, commits)));
            }
            workers.forEach(Thread::start);
            Thread.sleep((long) (warmup * 1000));
            measuring.set(true);
            Thread.sleep((long) (seconds * 1000));
            running.set(false);
            long counted = commits.get();
            for (Thread w : workers) {
                w.join();
            }
            sql.execute("SHUTDOWN");
            return counted / seconds;
        }
    }

    private static void work(String url, AtomicLong next, AtomicBoolean running, AtomicBoolean measuring, AtomicLong commits) {
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
             PreparedStatement lock = c.prepareStatement("SELECT enrolled_count, version FROM course WHERE id = ? FOR UPDATE");
             PreparedStatement enrol = c.prepareStatement(
                     "INSERT INTO enrolment (course_id, caregiver_id, status, enrolled_at) VALUES (?, ?, 'ENROLLED', CURRENT_TIMESTAMP)");
             PreparedStatement count = c.prepareStatement("UPDATE course SET enrolled_count = enrolled_count + 1, version = version + 1 WHERE id = ?");
             PreparedStatement audit = c.prepareStatement(
                     "INSERT INTO audit_event (at, actor, action, entity_id, detail) VALUES (CURRENT_TIMESTAMP, 'bench', 'ENROLLED', ?, ?)")) {
            c.setAutoCommit(false);
            while (running.get()) {
                long n = next.incrementAndGet();
                long course = n % COURSES + 1;
                lock.setLong(1, course);
                lock.executeQuery().close();
                enrol.setLong(1, course);
                enrol.setLong(2, n);
                enrol.executeUpdate();
                count.setLong(1, course);
                count.executeUpdate();
                audit.setLong(1, n);
                audit.setString(2, "{\"course\":" + course + ",\"caregiver\":" + n + "}");
                audit.executeUpdate();
                c.commit();
                if (measuring.get() && running.get()) {
                    commits.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
