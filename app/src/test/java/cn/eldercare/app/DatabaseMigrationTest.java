package cn.eldercare.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseMigrationTest {

    @Test
    void anEmptyDatabaseIsReportedAsCreatedNotAsVersionNull() {
        assertEquals("empty database: schema created at version 12 (14 migrations applied)",
                DatabaseMigration.describe(null, 14, "12"));
    }

    @Test
    void aMigratedAndAnUnchangedSchemaNameTheirVersions() {
        assertEquals("schema migrated from version 10 to 12 (2 migrations applied)", DatabaseMigration.describe("10", 2, "12"));
        assertEquals("schema up to date at version 12", DatabaseMigration.describe("12", 0, "12"));
        // what Flyway reports on a restart with nothing to apply
        assertEquals("schema up to date at version 12", DatabaseMigration.describe(null, 0, "12"));
    }
}
