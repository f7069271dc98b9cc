package cn.eldercare.timebank.ledger.control;

/** Fired once {@link LedgerHolder} has opened the ledger at start-up. */
public record LedgerOpened() {
}
