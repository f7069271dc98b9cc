package cn.eldercare.platform.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Stateless bearer tokens: the caller's identity and an expiry, signed with HMAC-SHA256.
 * Stateless so that checking a token costs no database round trip on every request.
 */
public final class TokenCodec {

    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private final byte[] key;

    public TokenCodec(byte[] key) {
        this.key = key.clone();
    }

    public String issue(Caller c, Instant expiresAt) {
        String payload = String.join("|", "v1", Long.toString(c.userId()), c.role().name(),
                c.baseId() == null ? "" : c.baseId().toString(),
                c.caregiverId() == null ? "" : c.caregiverId().toString(),
                Long.toString(expiresAt.getEpochSecond()), c.username());
        String body = ENC.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENC.encodeToString(sign(body));
    }

    public Optional<Caller> verify(String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(body), DEC.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] f = new String(DEC.decode(body), StandardCharsets.UTF_8).split("\\|", 7);
            if (f.length != 7 || !"v1".equals(f[0]) || Long.parseLong(f[5]) <= now.getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Caller(Long.parseLong(f[1]), f[6], Role.valueOf(f[2]),
                    f[3].isEmpty() ? null : Long.valueOf(f[3]), f[4].isEmpty() ? null : Long.valueOf(f[4])));
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
