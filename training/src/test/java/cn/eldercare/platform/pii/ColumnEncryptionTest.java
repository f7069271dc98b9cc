package cn.eldercare.platform.pii;

import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TestDatabase;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migration that encrypts phone numbers stored in clear, as both modules run it. */
class ColumnEncryptionTest {

    private static final PiiProtector PII = new PiiProtector(new byte[32], new byte[32]);

    private static final class Phones extends ColumnEncryption {
        Phones() {
            super("1", "phone_test", "id", "phone_cipher", 20);
        }
    }

    @Test
    void clearNumbersAreEncryptedOnceAndEmptyOnesStayEmpty() throws Exception {
        TestDatabase db = TestDatabase.create();
        try (Connection c = DriverManager.getConnection(db.url(), "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE phone_test (id BIGINT PRIMARY KEY, phone_cipher VARCHAR(200))");
            s.execute("INSERT INTO phone_test VALUES (1, '13900000001'), (2, NULL), (3, '13900000003')");
            Phones migration = new Phones();
            Beans.wire(null, migration, PII);
            migration.migrate(context(c));
            List<Map<String, Object>> rows = db.rows("SELECT id, phone_cipher FROM phone_test ORDER BY id");
            String first = (String) rows.get(0).get("PHONE_CIPHER");
            assertTrue(first.length() > 20, "ciphertext, not the number: " + first);
            assertEquals("13900000001", PII.decrypt(first));
            assertNull(rows.get(1).get("PHONE_CIPHER"));
            assertEquals("13900000003", PII.decrypt((String) rows.get(2).get("PHONE_CIPHER")));

            migration.migrate(context(c));
            assertEquals(first, db.rows("SELECT phone_cipher FROM phone_test WHERE id = 1").get(0).get("PHONE_CIPHER"),
                    "a second run leaves ciphertext alone");
        }
    }

    private static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }
}
