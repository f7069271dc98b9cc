package cn.eldercare.platform.security;

import java.time.Instant;

/**
 * What a valid bearer token says: who the caller is, the account's token version when it was issued
 * (raising the version ends every earlier token) and the session it belongs to (signing out ends one).
 */
public record SignedToken(Caller caller, int version, String session, Instant expiresAt) {
}
