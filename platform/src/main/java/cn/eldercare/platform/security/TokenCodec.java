package cn.eldercare.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens: the caller's identity, the account's token version, a session id and an expiry, signed
 * with HMAC-SHA256. The signature makes them tamper-proof; whether they were revoked since is
 * {@link SessionCheck}'s question.
 */
public final class TokenCodec {

    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public TokenCodec(byte[] key) {
        this.key = key.clone();
    }

    public String issue(Caller c, int version, String session, Instant expiresAt) {
        String payload = String.join("|", "v2", Long.toString(c.userId()), c.role().name(),
                c.baseId() == null ? "" : c.baseId().toString(),
                c.caregiverId() == null ? "" : c.caregiverId().toString(),
                Long.toString(expiresAt.getEpochSecond()), Integer.toString(version), session, c.username());
        String body = ENC.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENC.encodeToString(sign(body));
    }

    /** A fresh random session id, as tokens carry it. */
    public static String newSession() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return ENC.encodeToString(id);
    }

    public Optional<SignedToken> verify(String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(body), DEC.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] f = new String(DEC.decode(body), StandardCharsets.UTF_8).split("\\|", 9);
            long expires = f.length == 9 && "v2".equals(f[0]) ? Long.parseLong(f[5]) : 0;
            if (expires <= now.getEpochSecond()) {
                return Optional.empty();
            }
            Caller caller = new Caller(Long.parseLong(f[1]), f[8], Role.valueOf(f[2]),
                    f[3].isEmpty() ? null : Long.valueOf(f[3]), f[4].isEmpty() ? null : Long.valueOf(f[4]));
            return Optional.of(new SignedToken(caller, Integer.parseInt(f[6]), f[7], Instant.ofEpochSecond(expires)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
