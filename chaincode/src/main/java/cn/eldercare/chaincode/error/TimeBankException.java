package cn.eldercare.chaincode.error;

import org.hyperledger.fabric.shim.ChaincodeException;

/** A rule refused the transaction; nothing it wrote is kept. */
public final class TimeBankException extends ChaincodeException {

    private static final long serialVersionUID = 1L;

    public TimeBankException(final ErrorCode code, final String message) {
        super(code.name() + ": " + message, code.name());
    }

    /** Throws {@code code} with the formatted message unless the condition holds. */
    public static void require(final boolean condition, final ErrorCode code, final String format,
            final Object... args) {
        if (!condition) {
            throw new TimeBankException(code, String.format(format, args));
        }
    }
}
