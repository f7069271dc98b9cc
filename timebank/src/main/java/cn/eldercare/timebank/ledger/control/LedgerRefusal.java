package cn.eldercare.timebank.ledger.control;

/**
 * The contract refused a transaction with one of its error codes (INSUFFICIENT_BALANCE, UNDER_AGE, ...,
 * see chaincode/README.md); nothing was written.
 */
public class LedgerRefusal extends RuntimeException {

    private final String code;

    public LedgerRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses the contract's "CODE: human text" message. */
    public static LedgerRefusal fromMessage(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        if (colon > 0 && message.substring(0, colon).matches("[A-Z_]+")) {
            return new LedgerRefusal(message.substring(0, colon), message.substring(colon + 1).strip());
        }
        return new LedgerRefusal("INVALID_ARGUMENT", String.valueOf(message));
    }
}
