package cn.eldercare.chaincode.model;

/**
 * Why minutes moved. EARNED, ISSUED and REDEEMED cross the ledger's boundary; the others move
 * minutes between accounts and the pool and leave the total unchanged.
 */
public enum MovementKind {
    EARNED,
    OVERFLOW,
    ISSUED,
    REDEEMED,
    GIFT_OUT,
    GIFT_IN,
    DONATED,
    GRANTED
}
