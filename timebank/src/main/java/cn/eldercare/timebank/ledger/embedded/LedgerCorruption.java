package cn.eldercare.timebank.ledger.embedded;

/**
 * The block log or the world state does not read back as written: a record damaged in the middle
 * of the log, or a world state ahead of or different from the log. The ledger refuses to open
 * rather than guess; {@code VerifyLedger} reports exactly what and where.
 */
public class LedgerCorruption extends RuntimeException {

    public LedgerCorruption(final String message) {
        super(message);
    }
}
