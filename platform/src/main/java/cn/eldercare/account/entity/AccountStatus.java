package cn.eldercare.account.entity;

/** Whether an account may sign in: only ACTIVE ones may; a volunteer's own application waits as PENDING. */
public enum AccountStatus {
    PENDING, ACTIVE, DEACTIVATED
}
