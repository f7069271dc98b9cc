package cn.eldercare.account.control;

/** An account's status or token version changed: cached answers about its tokens are stale once this commits. */
public record AccountChanged(long userId) {
}
