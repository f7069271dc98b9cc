package cn.eldercare.chaincode.model;

/** BLOCKED members (the credit blacklist) can neither be credited nor move minutes. */
public enum MemberStatus {
    ACTIVE,
    BLOCKED
}
