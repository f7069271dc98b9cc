package cn.eldercare.platform.security;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a verified bearer token says: who the caller is, the account's token version when it was issued
 * (raising the version ends every earlier token) and the session it belongs to (signing out ends one).
 */
public record SignedToken(Caller caller, int version, String session, Instant expiresAt) {

    static final String BASE_ID = "base_id";
    static final String CAREGIVER_ID = "caregiver_id";
    static final String TOKEN_VERSION = "token_version";
    /** OpenID Connect's name of the session-id claim. */
    static final String SESSION = "sid";

    /** The token's claims as {@link TokenIssuer} wrote them; empty when one is missing or malformed. */
    public static Optional<SignedToken> of(JsonWebToken jwt) {
        try {
            Set<String> groups = jwt.getGroups();
            if (groups == null || groups.size() != 1 || jwt.getName() == null) {
                return Optional.empty();
            }
            Caller caller = new Caller(Long.parseLong(jwt.getSubject()), jwt.getName(), Role.valueOf(groups.iterator().next()),
                    number(jwt.getClaim(BASE_ID)), number(jwt.getClaim(CAREGIVER_ID)));
            Long version = number(jwt.getClaim(TOKEN_VERSION));
            Object session = jwt.getClaim(SESSION);
            if (version == null || session == null) {
                return Optional.empty();
            }
            return Optional.of(new SignedToken(caller, Math.toIntExact(version), text(session), Instant.ofEpochSecond(jwt.getExpirationTime())));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** Payara gives custom claims as JSON values; a plain number or text is read too. */
    private static Long number(Object claim) {
        if (claim == null || claim == jakarta.json.JsonValue.NULL) {
            return null;
        }
        if (claim instanceof JsonNumber n) {
            return n.longValueExact();
        }
        if (claim instanceof Number n) {
            return n.longValue();
        }
        return Long.valueOf(text(claim));
    }

    private static String text(Object claim) {
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }
}
