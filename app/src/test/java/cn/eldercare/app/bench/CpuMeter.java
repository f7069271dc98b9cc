package cn.eldercare.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time consumed by the server JVM, by the PostgreSQL client backends serving the benchmark
 * database (not autovacuum) and by this driver (Linux /proc, 10 ms ticks). CPU time per request varies far less with the other
 * processes on a shared machine than latency or throughput do, and it tells what one request costs:
 * on 2 cores, 1,000 requests/s leave 2 ms of CPU per request for server, database and client together.
 */
final class CpuMeter implements AutoCloseable {

    /** CPU nanoseconds: server, database backends, driver. */
    record Sample(long server, Map<Integer, Long> backends, long driver) {
    }

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private final long serverPid;
    private final Connection db;
    private final int ownBackend;

    CpuMeter(long serverPid, String jdbcUrl, String user, String password) throws SQLException {
        this.serverPid = serverPid;
        this.db = DriverManager.getConnection(jdbcUrl, user, password);
        try (ResultSet r = db.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            ownBackend = r.getInt(1);
        }
    }

    /** No server process given (bench.serverPid unset): only the driver and database are measured. */
    boolean hasServer() {
        return serverPid > 0;
    }

    synchronized Sample sample() {
        Map<Integer, Long> backends = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'"
                        + " AND pid <> ?")) {
            s.setInt(1, ownBackend);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long cpu = cpuOf(r.getInt(1));
                    if (cpu >= 0) {
                        backends.put(r.getInt(1), cpu);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long driver = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Sample(serverPid > 0 ? cpuOf(serverPid) : 0, backends, driver);
    }

    /** CPU nanoseconds between two samples: server, database, driver. */
    static long[] between(Sample a, Sample b) {
        long database = 0;
        for (Map.Entry<Integer, Long> e : b.backends().entrySet()) {
            database += e.getValue() - a.backends().getOrDefault(e.getKey(), 0L); // a new backend counts whole
        }
        return new long[] {b.server() - a.server(), database, b.driver() - a.driver()};
    }

    /** utime + stime of a process in nanoseconds, or -1 if it is gone. */
    private static long cpuOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK; // fields 14 and 15
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
