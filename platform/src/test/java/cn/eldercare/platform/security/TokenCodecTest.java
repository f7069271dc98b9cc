package cn.eldercare.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(8 * 3600);

    private final TokenCodec codec = new TokenCodec(KEY);

    private static final Caller STAFF = new Caller(17, "wang.li", Role.BASE_STAFF, 1050L, null);
    private static final Caller CAREGIVER = new Caller(18, "学员|王秀英", Role.CAREGIVER, null, 2001L);

    @Test
    void roundTripKeepsEveryField() {
        assertEquals(Optional.of(new SignedToken(STAFF, 3, "s1", EXPIRES)), codec.verify(codec.issue(STAFF, 3, "s1", EXPIRES), NOW));
        assertEquals(Optional.of(CAREGIVER), codec.verify(codec.issue(CAREGIVER, 3, "s1", EXPIRES), NOW).map(SignedToken::caller),
                "a caregiver id instead of a base id, and a username with the separator and Chinese characters");
        Caller regulator = new Caller(1, "regulator", Role.REGULATOR, null, null);
        assertEquals(Optional.of(regulator), codec.verify(codec.issue(regulator, 3, "s1", EXPIRES), NOW).map(SignedToken::caller));
        assertTrue(TokenCodec.newSession().matches("[A-Za-z0-9_-]{22}"), "16 random bytes");
    }

    @Test
    void tokensAreUrlSafeWithOneDot() {
        String token = codec.issue(CAREGIVER, 3, "s1", EXPIRES);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
    }

    @Test
    void expiresAtTheExpiryInstant() {
        String token = codec.issue(STAFF, 3, "s1", EXPIRES);
        assertTrue(codec.verify(token, EXPIRES.minusSeconds(1)).isPresent());
        assertFalse(codec.verify(token, EXPIRES).isPresent());
        assertFalse(codec.verify(token, EXPIRES.plusSeconds(3600)).isPresent());
    }

    @Test
    void tamperedPayloadIsRefused() {
        String token = codec.issue(STAFF, 3, "s1", EXPIRES);
        String signature = token.substring(token.indexOf('.') + 1);
        String forged = "v1|17|REGULATOR|1050||" + EXPIRES.getEpochSecond() + "|wang.li";
        String forgedBody = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        assertFalse(codec.verify(forgedBody + "." + signature, NOW).isPresent(), "role raised to regulator");

        String later = "v1|17|BASE_STAFF|1050||" + EXPIRES.plusSeconds(86_400 * 365).getEpochSecond() + "|wang.li";
        String laterBody = Base64.getUrlEncoder().withoutPadding().encodeToString(later.getBytes(StandardCharsets.UTF_8));
        assertFalse(codec.verify(laterBody + "." + signature, NOW).isPresent(), "expiry pushed out");
    }

    @Test
    void tamperedSignatureIsRefused() {
        String token = codec.issue(STAFF, 3, "s1", EXPIRES);
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertFalse(codec.verify(flipped, NOW).isPresent());
        assertFalse(codec.verify(token.substring(0, token.length() - 2), NOW).isPresent(), "truncated signature");
        assertFalse(codec.verify(token.substring(0, token.indexOf('.') + 1), NOW).isPresent(), "no signature");
    }

    @Test
    void anotherKeyIsRefused() {
        String token = codec.issue(STAFF, 3, "s1", EXPIRES);
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertFalse(new TokenCodec(other).verify(token, NOW).isPresent());
    }

    @Test
    void theKeyIsCopiedOnConstruction() {
        byte[] key = KEY.clone();
        TokenCodec c = new TokenCodec(key);
        String token = c.issue(STAFF, 3, "s1", EXPIRES);
        key[0] ^= 1;
        assertTrue(c.verify(token, NOW).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", ".abc", "abc.", "a.b", "!!!.???", "a.b.c", "Bearer x.y", "  ", "ééé.ééé",
            "djF8MXxSRUdVTEFUT1J8fHwxfHg.AAAA"})
    void garbageIsRefusedWithoutAnException(String garbage) {
        assertFalse(codec.verify(garbage, NOW).isPresent());
    }

    /** Payloads that carry a valid signature but are not well-formed must be refused, not throw. */
    @ParameterizedTest
    @ValueSource(strings = {
            "v1|17|BASE_STAFF|1050||%d|wang.li",
            "v3|17|BASE_STAFF|1050||%d|0|s1|wang.li",
            "v2|x|BASE_STAFF|1050||%d|0|s1|wang.li",
            "v2|17|KING|1050||%d|0|s1|wang.li",
            "v2|17|BASE_STAFF|base||%d|0|s1|wang.li",
            "v2|17|BASE_STAFF|1050|g|%d|0|s1|wang.li",
            "v2|17|BASE_STAFF|1050||%d|one|s1|wang.li",
            "v2|17|BASE_STAFF|1050||%d|0|s1",
            "v2|17|BASE_STAFF|1050||soon|0|s1|wang.li"})
    void signedButMalformedPayloadsAreRefused(String template) throws Exception {
        String payload = String.format(template, EXPIRES.getEpochSecond());
        assertFalse(codec.verify(signed(payload), NOW).isPresent(), payload);
    }

    @Test
    void aSelfSignedWellFormedPayloadIsAccepted() throws Exception {
        // guards the test above: the hand-made signing matches the codec's
        String payload = "v2|17|BASE_STAFF|1050||" + EXPIRES.getEpochSecond() + "|0|s1|wang.li";
        assertEquals(Optional.of(STAFF), codec.verify(signed(payload), NOW).map(SignedToken::caller));
    }

    private static String signed(String payload) throws Exception {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String body = enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        return body + "." + enc.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }
}
