package cn.eldercare.timebank.ledger.control;

/** Opens the configured ledger; an interface, so that the ledger's rules do not depend on its implementations. */
public interface LedgerFactory {

    Ledger open();

    /** A report of the ledger's own integrity check, as JSON. */
    Object verify(Ledger ledger);
}
