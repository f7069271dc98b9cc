package cn.eldercare.app;

import cn.eldercare.platform.config.Secrets;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.readmodel.control.BlockApplier;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Refuses to start on a database and a time-bank ledger of two different installations, such as a new
 * PostgreSQL database beside the ledger an H2 run left in ./data: the demo load would then be refused by the
 * ledger ("request id demo-g-6 already used") and the read model would mix the two. Says so in one line.
 * Where the ledger cannot tell its height at start-up (Fabric), there is nothing to compare. Run by {@link DemoData}
 * before anything else at start-up, whether or not demo data is loaded.
 */
@ApplicationScoped
public class LedgerDatabaseCheck {

    private static final Logger LOG = Logger.getLogger(LedgerDatabaseCheck.class.getName());

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:app/jdbc/eldercare")
    DataSource dataSource;
    @Inject
    LedgerHolder ledger;
    @Inject
    BlockApplier readModel;
    @Inject
    Secrets secrets;

    void check() {
        OptionalLong ledgerBlock = ledger.get().lastEventBlockAtOpen();
        if (ledgerBlock.isEmpty()) {
            return;
        }
        long accounts = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        String problem = mismatch(ledgerBlock.getAsLong(), readModel.checkpoint(), accounts);
        if (problem != null) {
            String message = "the database " + databaseUrl() + " and the time-bank ledger in "
                    + secrets.dataDir().resolve("ledger").toAbsolutePath().normalize() + " do not belong together: " + problem
                    + "; give each database its own DATA_DIR, or point DB_URL at the database of this ledger";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * What is wrong, or null. A database with accounts whose read model is behind the ledger is normal (it catches up
     * after a crash); an empty database beside a used ledger, or a read model past the ledger's end, is not.
     *
     * @param ledgerBlock the ledger's last block with events at start-up, -1 for a new ledger
     * @param checkpoint  the last block the database's read model applied, -1 for none
     * @param accounts    the accounts in the database
     */
    static String mismatch(long ledgerBlock, long checkpoint, long accounts) {
        if (accounts == 0 && checkpoint < 0 && ledgerBlock >= 0) {
            return "the database is empty but the ledger already holds transactions (up to block " + ledgerBlock + ")";
        }
        if (checkpoint > ledgerBlock) {
            return "the database has applied ledger blocks up to " + checkpoint + " but the ledger ends at block " + ledgerBlock;
        }
        return null;
    }

    /** Without the driver's settings, which PostgreSQL's driver appends to the URL by the dozen. */
    private String databaseUrl() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().replaceFirst("[?;].*", "");
        } catch (SQLException e) {
            return "(URL unknown: " + e.getMessage() + ")";
        }
    }
}
