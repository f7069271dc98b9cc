package cn.eldercare.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An H2 in-memory database with the Flyway schema, and a RESOURCE_LOCAL entity manager factory over it
 * (persistence unit {@code eldercare-test}, or another that a module on top of this one lists its entities in). {@link #shared()} is one database for every test class of the
 * test JVM, which saves a migration and a factory per class; tests on it write rows with unique keys and
 * filter by them. {@link #create()} gives a database of one's own.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private final String url;
    private final EntityManagerFactory emf;

    private static final String UNIT = "eldercare-test";

    private TestDatabase(String name, String unit) {
        this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("jakarta.persistence.jdbc.url", url);
        // A session per database: EclipseLink would otherwise share one session between factories of the same unit.
        props.put("eclipselink.session-name", name);
        this.emf = Persistence.createEntityManagerFactory(unit, props);
    }

    private static TestDatabase shared;

    /** The database shared by the test classes of this JVM; never closed (it ends with the JVM). */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    public static TestDatabase create() {
        return create(UNIT);
    }

    public static TestDatabase create(String unit) {
        return new TestDatabase("training_" + UUID.randomUUID().toString().replace("-", ""), unit);
    }

    public String url() {
        return url;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public EntityManager newEntityManager() {
        return emf.createEntityManager();
    }

    /** Rows of a plain SQL query on a separate connection, each as column label (upper case) to value. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
             var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toUpperCase(), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (this == shared) {
            throw new IllegalStateException("the shared test database stays open");
        }
        emf.close();
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
