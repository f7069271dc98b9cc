package cn.eldercare.platform.security;

/** Whether a correctly signed token still stands: its account is active, and neither it nor all its account's tokens were revoked. */
public interface SessionCheck {

    boolean isCurrent(SignedToken token);
}
