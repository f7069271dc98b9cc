package cn.eldercare.chaincode.model;

/** OPEN: checked in. PENDING: awaiting confirmation. Only CONFIRMED records were credited. */
public enum ServiceStatus {
    OPEN,
    PENDING,
    CONFIRMED,
    CANCELLED,
    EXPIRED
}
