package cn.eldercare.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The product's one datasource. Payara resolves {@code ${ENV=NAME:default}} at deployment, so the
 * environment (DB_URL, DB_USER, DB_PASSWORD, DB_DATASOURCE_CLASS) chooses the database and the
 * default is the embedded H2 file under ./data. H2 resolves that relative path against the
 * {@code h2.baseDir} system property when set, which keeps test servers out of ./data.
 * <p>
 * {@code WRITE_DELAY=0}: H2 otherwise acknowledges a commit and writes it to the file up to 500 ms
 * later, so SIGKILL lost enrolments already answered 201 (ServerCrashIT). With it each commit is
 * written before it returns; MVStore does not fsync on commit, so that survives the process dying,
 * not a power cut or kernel crash: where that matters, use PostgreSQL.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/eldercare",
        className = "${ENV=DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=DB_URL:jdbc:h2:file:./data/db/eldercare;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0}",
        user = "${ENV=DB_USER:sa}",
        password = "${ENV=DB_PASSWORD:sa}",
        minPoolSize = 4,
        maxPoolSize = 40,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@Singleton
public class DataSourceConfig {
}
