package cn.eldercare.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;
import javax.sql.DataSource;

/** Brings the schema up to date before anything else runs; Flyway, never EclipseLink, owns the schema. */
@Startup
@Singleton
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/eldercare")
    DataSource dataSource;
    /** Migrations that need the application's keys (encrypting stored personal data), provided by the modules. */
    @Inject
    Instance<JavaMigration> javaMigrations;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(describe(result.initialSchemaVersion, result.migrationsExecuted,
                current == null ? null : current.getVersion().getVersion()));
    }

    /**
     * Flyway reports no initial version for an empty database, nor when it applied nothing (it sets the
     * initial version only as it applies the first migration): say what happened instead of "version null".
     */
    static String describe(String initialVersion, int applied, String version) {
        if (applied == 0) {
            return "schema up to date at version " + version;
        }
        if (initialVersion == null) {
            return "empty database: schema created at version " + version + " (" + applied + " migrations applied)";
        }
        return "schema migrated from version " + initialVersion + " to " + version + " (" + applied + " migrations applied)";
    }
}
