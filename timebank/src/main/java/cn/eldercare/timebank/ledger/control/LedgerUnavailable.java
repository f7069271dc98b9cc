package cn.eldercare.timebank.ledger.control;

/** The ledger could not be reached or did not commit in time; the request may be retried with the same requestId. */
public class LedgerUnavailable extends RuntimeException {

    public LedgerUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
