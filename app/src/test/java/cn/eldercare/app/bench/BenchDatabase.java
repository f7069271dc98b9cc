package cn.eldercare.app.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct SQL on the benchmark database, used only to grow the enrolment table between measured
 * steps: rows are written as the application writes them (ENROLLED, active, one per course and
 * caregiver) and every course's enrolled/waiting counts are recomputed from the table afterwards.
 */
final class BenchDatabase implements AutoCloseable {

    /** Bulk rows take ids far above anything the application's sequence hands out during a run. */
    static final long BULK_ID_BASE = 1_000_000_000_000L;

    private final Connection db;

    BenchDatabase(String url, String user, String password) throws SQLException {
        db = DriverManager.getConnection(url, user, password);
        db.setAutoCommit(true);
    }

    long enrolments() throws SQLException {
        return single("SELECT COUNT(*) FROM enrolment");
    }

    long bulkEnrolments() throws SQLException {
        return single("SELECT COUNT(*) FROM enrolment WHERE id >= " + BULK_ID_BASE);
    }

    /**
     * Inserts bulk enrolments number {@code from} to {@code to - 1}: number k puts caregiver
     * {@code caregivers[k / courses.length]} into course {@code courses[k % courses.length]}.
     */
    void insertBulk(long[] courses, long[] caregivers, long from, long to) throws SQLException {
        if (to <= from) {
            return;
        }
        if ((to - 1) / courses.length >= caregivers.length) {
            throw new IllegalStateException("not enough bulk caregivers for " + to + " bulk enrolments");
        }
        String sql = "WITH a AS (SELECT ?::bigint[] AS c, ?::bigint[] AS g, ?::bigint AS n) "
                + "INSERT INTO enrolment (id, course_id, caregiver_id, status, active_caregiver_id, enrolled_at, enrolled_by,"
                + " attended_minutes, version) "
                + "SELECT " + BULK_ID_BASE + " + k, a.c[1 + (k % a.n)::int], a.g[1 + (k / a.n)::int], 'ENROLLED',"
                + " a.g[1 + (k / a.n)::int], now() - interval '30 days' + k * interval '1 millisecond', 'bench-bulk', 0, 1 "
                + "FROM a, generate_series(?::bigint, ?::bigint) AS k";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            Array c = db.createArrayOf("bigint", box(courses));
            Array g = db.createArrayOf("bigint", box(caregivers));
            s.setArray(1, c);
            s.setArray(2, g);
            s.setLong(3, courses.length);
            s.setLong(4, from);
            s.setLong(5, to - 1);
            s.executeUpdate();
        }
    }

    /** Deletes the enrolments made through the API in these courses (the warm-up's). */
    int deleteEnrolments(long[] courses) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM enrolment WHERE course_id = ANY (?) AND id < " + BULK_ID_BASE)) {
            s.setArray(1, db.createArrayOf("bigint", box(courses)));
            return s.executeUpdate();
        }
    }

    /** Deletes bulk enrolments number {@code from} and above. */
    int deleteBulkFrom(long from) throws SQLException {
        try (Statement s = db.createStatement()) {
            return s.executeUpdate("DELETE FROM enrolment WHERE id >= " + (BULK_ID_BASE + Math.max(0, from)));
        }
    }

    /** Makes every course's counters match its enrolment rows (what the application maintains). */
    int recount() throws SQLException {
        try (Statement s = db.createStatement()) {
            return s.executeUpdate("UPDATE course c SET enrolled_count = x.enrolled, waiting_count = x.waiting, version = c.version + 1 "
                    + "FROM (SELECT co.id, COUNT(e.id) FILTER (WHERE e.status = 'ENROLLED') AS enrolled,"
                    + " COUNT(e.id) FILTER (WHERE e.status = 'WAITING') AS waiting"
                    + " FROM course co LEFT JOIN enrolment e ON e.course_id = co.id GROUP BY co.id) x "
                    + "WHERE c.id = x.id AND (c.enrolled_count <> x.enrolled OR c.waiting_count <> x.waiting)");
        }
    }

    /** Courses whose counters disagree with their rows; 0 when consistent. */
    long inconsistentCourses() throws SQLException {
        return single("SELECT COUNT(*) FROM course c WHERE c.enrolled_count <> (SELECT COUNT(*) FROM enrolment e"
                + " WHERE e.course_id = c.id AND e.status = 'ENROLLED') OR c.waiting_count <> (SELECT COUNT(*) FROM enrolment e"
                + " WHERE e.course_id = c.id AND e.status = 'WAITING')");
    }

    /** Fresh statistics and a checkpoint, so the next measurement does not pay for the bulk load. */
    void settle() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE enrolment");
            s.execute("VACUUM ANALYZE course");
            s.execute("CHECKPOINT");
        }
    }

    /** Committed transactions and rows touched in this database so far (pg_stat_database). */
    long[] activity() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_stat_force_next_flush()")) {
            r.next();
        } catch (SQLException ignored) {
            // PostgreSQL < 15 has no pg_stat_force_next_flush
        }
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated,"
                     + " blks_read, blks_hit FROM pg_stat_database WHERE datname = current_database()")) {
            r.next();
            long[] v = new long[8];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.getLong(i + 1);
            }
            return v;
        }
    }

    long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static Long[] box(long[] v) {
        Long[] b = new Long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = v[i];
        }
        return b;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
