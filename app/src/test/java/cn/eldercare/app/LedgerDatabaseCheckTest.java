package cn.eldercare.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LedgerDatabaseCheckTest {

    @Test
    void aNewDatabaseBesideAUsedLedgerIsAMismatch() {
        assertEquals("the database is empty but the ledger already holds transactions (up to block 57)", LedgerDatabaseCheck.mismatch(57, -1, 0));
    }

    @Test
    void aReadModelPastTheLedgersEndIsAMismatch() {
        assertEquals("the database has applied ledger blocks up to 57 but the ledger ends at block -1",
                LedgerDatabaseCheck.mismatch(-1, 57, 12));
    }

    @Test
    void newOrMatchingOrCatchingUpIsFine() {
        assertNull(LedgerDatabaseCheck.mismatch(-1, -1, 0));
        assertNull(LedgerDatabaseCheck.mismatch(57, 57, 12));
        assertNull(LedgerDatabaseCheck.mismatch(57, 40, 12));
        assertNull(LedgerDatabaseCheck.mismatch(57, -1, 12));
    }
}
