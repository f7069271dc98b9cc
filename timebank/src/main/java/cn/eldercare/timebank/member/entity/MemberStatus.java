package cn.eldercare.timebank.member.entity;

/** A volunteer's own application waits as PENDING until their station approves it. */
public enum MemberStatus {
    PENDING, ACTIVE
}
