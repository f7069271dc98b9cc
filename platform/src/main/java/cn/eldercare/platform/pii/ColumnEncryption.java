package cn.eldercare.platform.pii;

import jakarta.inject.Inject;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Flyway migration that encrypts the clear values already stored in a column. It needs the PII key,
 * which only the running application has, so modules provide it as a CDI bean and the start-up
 * migration hands every such bean to Flyway. Values that are already ciphertext (longer than any clear
 * value) are left alone, so a run interrupted half-way can simply run again.
 */
public abstract class ColumnEncryption implements JavaMigration {

    @Inject
    PiiProtector pii;

    private final MigrationVersion version;
    private final String table;
    private final String keyColumn;
    private final String column;
    private final int longestClearValue;

    protected ColumnEncryption(String version, String table, String keyColumn, String column, int longestClearValue) {
        this.version = MigrationVersion.fromVersion(version);
        this.table = table;
        this.keyColumn = keyColumn;
        this.column = column;
        this.longestClearValue = longestClearValue;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return "encrypt " + table + "." + column;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<Object, String> clear = new LinkedHashMap<>();
        try (PreparedStatement read = c.prepareStatement("SELECT " + keyColumn + ", " + column + " FROM " + table
                + " WHERE " + column + " IS NOT NULL AND LENGTH(" + column + ") <= ?")) {
            read.setInt(1, longestClearValue);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    clear.put(rs.getObject(1), rs.getString(2));
                }
            }
        }
        try (PreparedStatement write = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + keyColumn + " = ?")) {
            for (Map.Entry<Object, String> row : clear.entrySet()) {
                write.setString(1, pii.encrypt(row.getValue()));
                write.setObject(2, row.getKey());
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
