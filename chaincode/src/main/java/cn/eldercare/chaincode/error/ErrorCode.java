package cn.eldercare.chaincode.error;

/**
 * Stable error codes. A failed transaction's message starts with the code and a colon, and the
 * response payload is the code alone, so clients can map it without parsing prose.
 */
public enum ErrorCode {
    INVALID_ARGUMENT,
    NOT_INITIALISED,
    NOT_FOUND,
    FORBIDDEN,
    DUPLICATE,
    INVALID_STATE,
    EXPIRED,
    OVERLAPPING_WINDOW,
    SELF_CONFIRMATION,
    INSUFFICIENT_BALANCE,
    BELOW_THRESHOLD,
    UNDER_AGE,
    NOT_RELATIVE,
    NOT_ELIGIBLE,
    CAP_EXCEEDED,
    BLOCKED,
    REVOKED
}
