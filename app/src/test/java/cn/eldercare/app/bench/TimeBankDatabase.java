package cn.eldercare.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct SQL on the time-bank benchmark database: it reads the read model's pending services (to
 * confirm them) and grows the movement table with rows shaped as the read model writes them, on
 * 10,000 synthetic accounts, whose balances it then sets to the sum of their movements.
 */
final class TimeBankDatabase implements AutoCloseable {

    /** Bulk rows take ids far above anything the application's sequence hands out during a run. */
    private static final long BULK_ID_BASE = 1_000_000_000_000L;
    private static final long CHUNK = 1_000_000;

    private final Connection db;

    TimeBankDatabase(String url, String user, String password) throws SQLException {
        db = DriverManager.getConnection(url, user, password);
        db.setAutoCommit(true);
    }

    long movements() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM tb_movement")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Waits until the read model has applied what the ledger committed: the movement count stops changing. */
    long settledMovements() throws SQLException, InterruptedException {
        long count = -1;
        for (int stable = 0; stable < 3; ) {
            Thread.sleep(500);
            long now = movements();
            stable = now == count ? stable + 1 : 0;
            count = now;
        }
        return count;
    }

    /**
     * The volunteers' pending services, newest window first (so consecutive ones belong to different
     * volunteers), once the read model has at least {@code atLeast} and stopped growing: it follows
     * the ledger's events a moment behind.
     */
    List<String> pendingRecords(String[] volunteers, long atLeast) throws SQLException, InterruptedException {
        List<String> records = List.of();
        for (int stable = 0; stable < 3; ) {
            Thread.sleep(500);
            List<String> now = pending(volunteers);
            stable = now.size() >= atLeast && now.size() == records.size() ? stable + 1 : 0;
            records = now;
        }
        return records;
    }

    private List<String> pending(String[] volunteers) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT record_id FROM tb_service WHERE status = 'PENDING'"
                + " AND volunteer_id = ANY (?) ORDER BY ends_at DESC, volunteer_id")) {
            s.setArray(1, db.createArrayOf("varchar", volunteers));
            List<String> records = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    records.add(r.getString(1));
                }
            }
            return records;
        }
    }

    /** Adds bulk movements until the table holds {@code target} rows, a million per statement. */
    void growMovements(long target) throws SQLException {
        long from = movements();
        try (PreparedStatement s = db.prepareStatement("INSERT INTO tb_movement (id, account, tx_id, seq, at, kind,"
                + " minutes, balance_after, category_code) SELECT " + BULK_ID_BASE + " + k,"
                + " 'bulk-' || lpad((k % 10000)::text, 5, '0'), 'bulk-' || k, 0,"
                + " now() - interval '400 days' + k * interval '1 second', 'EARNED', 30, NULL, 'MEAL'"
                + " FROM generate_series(?::bigint, ?::bigint) AS k")) {
            for (long k = from; k < target; k += CHUNK) {
                s.setLong(1, k);
                s.setLong(2, Math.min(target, k + CHUNK) - 1);
                s.executeUpdate();
                Report.log("movements: %,d", Math.min(target, k + CHUNK));
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO tb_account (member_id, balance, deposited, withdrawn)"
                    + " SELECT account, SUM(minutes), SUM(minutes), 0 FROM tb_movement WHERE id >= " + BULK_ID_BASE
                    + " GROUP BY account ON CONFLICT (member_id) DO UPDATE SET balance = EXCLUDED.balance,"
                    + " deposited = EXCLUDED.deposited");
            s.execute("VACUUM ANALYZE tb_movement");
            s.execute("VACUUM ANALYZE tb_account");
            s.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
