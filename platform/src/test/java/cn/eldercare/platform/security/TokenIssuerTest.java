package cn.eldercare.platform.security;

import cn.eldercare.testing.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tokens {@link TokenIssuer} signs, checked as MicroProfile JWT checks them ({@link TestTokens#verify}):
 * a valid one is accepted with every claim; an expired, tampered, foreign or unsigned one is refused.
 */
class TokenIssuerTest {

    private static final Caller STAFF = new Caller(17, "wang.li", Role.BASE_STAFF, 1050L, null);
    private static final Caller CAREGIVER = new Caller(18, "学员|王秀英", Role.CAREGIVER, null, 2001L);
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();

    private final TokenIssuer issuer = TestTokens.issuer();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private String valid(Caller caller) {
        return issuer.issue(caller, 3, "s1", now, now.plusSeconds(3600));
    }

    @Test
    void aValidTokenIsAcceptedWithEveryClaim() {
        assertEquals(Optional.of(new SignedToken(STAFF, 3, "s1", now.plusSeconds(3600))),
                TestTokens.verify(valid(STAFF)).flatMap(SignedToken::of));
        assertEquals(Optional.of(CAREGIVER), TestTokens.verify(valid(CAREGIVER)).flatMap(SignedToken::of).map(SignedToken::caller),
                "a caregiver id instead of a base id, and a username with Chinese characters");
        Caller regulator = new Caller(1, "regulator", Role.REGULATOR, null, null);
        assertEquals(Optional.of(regulator), TestTokens.verify(valid(regulator)).flatMap(SignedToken::of).map(SignedToken::caller));
    }

    @Test
    void theTokenCarriesTheClaimsMicroProfileJwtRequires() throws Exception {
        SignedJWT jwt = SignedJWT.parse(valid(STAFF));
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertEquals("JWT", jwt.getHeader().getType().getType());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(TestTokens.ISSUER, claims.getIssuer());
        assertEquals("17", claims.getSubject());
        assertEquals("wang.li", claims.getClaim("upn"));
        assertEquals(List.of("BASE_STAFF"), claims.getClaim("groups"));
        assertEquals(now, claims.getIssueTime().toInstant());
        assertEquals(now.plusSeconds(3600), claims.getExpirationTime().toInstant());
        assertNotEquals(claims.getJWTID(), SignedJWT.parse(valid(STAFF)).getJWTClaimsSet().getJWTID(), "a fresh jti each time");
        assertTrue(TokenIssuer.newSession().matches("[A-Za-z0-9_-]{22}"), "16 random bytes");
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertFalse(TestTokens.verify(issuer.issue(STAFF, 3, "s1", now.minusSeconds(7200), now.minusSeconds(1))).isPresent());
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = valid(STAFF).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String raised = payload.replace("\"BASE_STAFF\"", "\"REGULATOR\"");
        assertNotEquals(payload, raised);
        assertFalse(TestTokens.verify(parts[0] + "." + ENC.encodeToString(raised.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]).isPresent(),
                "role raised to regulator");
        String later = payload.replaceFirst("\"exp\":\\d+", "\"exp\":" + now.plusSeconds(86_400 * 365).getEpochSecond());
        assertNotEquals(payload, later);
        assertFalse(TestTokens.verify(parts[0] + "." + ENC.encodeToString(later.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]).isPresent(),
                "expiry pushed out");
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = valid(STAFF);
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1));
        signature[10] ^= 1;
        String flipped = token.substring(0, token.lastIndexOf('.') + 1) + ENC.encodeToString(signature);
        assertFalse(TestTokens.verify(flipped).isPresent());
        assertFalse(TestTokens.verify(token.substring(0, token.lastIndexOf('.') + 1)).isPresent(), "no signature");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String foreign = new TokenIssuer(TestTokens.generate().getPrivate(), TestTokens.ISSUER).issue(STAFF, 3, "s1", now, now.plusSeconds(3600));
        assertFalse(TestTokens.verify(foreign).isPresent());
        assertTrue(TestTokens.verify(valid(STAFF)).isPresent(), "the control");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = valid(STAFF).split("\\.");
        String none = ENC.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertFalse(TestTokens.verify(none + "." + parts[1] + ".").isPresent());
        assertFalse(TestTokens.verify(none + "." + parts[1] + "." + parts[2]).isPresent(), "alg none with the real signature");
        String hs256 = ENC.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertFalse(TestTokens.verify(hs256 + "." + parts[1] + "." + parts[2]).isPresent(), "another algorithm");
    }

    @Test
    void anotherIssuerIsRefused() {
        String other = new TokenIssuer(TestTokens.KEYS.getPrivate(), "urn:elsewhere").issue(STAFF, 3, "s1", now, now.plusSeconds(3600));
        assertFalse(TestTokens.verify(other).isPresent());
    }

    @Test
    void claimsThatAreNotOursAreReadAsNoToken() {
        assertEquals(Optional.empty(), SignedToken.of(claims(Map.of("sub", "17", "upn", "x", "groups", List.of("KING"),
                "token_version", 0L, "sid", "s1", "exp", new java.util.Date()))), "an unknown role");
        assertEquals(Optional.empty(), SignedToken.of(claims(Map.of("sub", "17", "upn", "x", "groups", List.of("CAREGIVER", "REGULATOR"),
                "token_version", 0L, "sid", "s1", "exp", new java.util.Date()))), "two roles");
        assertEquals(Optional.empty(), SignedToken.of(claims(Map.of("sub", "17", "upn", "x", "groups", List.of("CAREGIVER"),
                "sid", "s1", "exp", new java.util.Date()))), "no token version");
        assertEquals(Optional.empty(), SignedToken.of(claims(Map.of("sub", "x17", "upn", "x", "groups", List.of("CAREGIVER"),
                "token_version", 0L, "sid", "s1", "exp", new java.util.Date()))), "a subject that is no user id");
        assertEquals(Optional.empty(), SignedToken.of(claims(Map.of("sub", "17", "upn", "x", "groups", List.of("CAREGIVER"),
                "token_version", 0L, "exp", new java.util.Date()))), "no session");
        assertTrue(SignedToken.of(claims(Map.of("sub", "17", "upn", "x", "groups", List.of("CAREGIVER"),
                "token_version", 0L, "sid", "s1", "exp", new java.util.Date()))).isPresent(), "the control");
    }

    private static JsonWebToken claims(Map<String, Object> claims) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
        claims.forEach(b::claim);
        return TestTokens.jsonWebToken(b.build());
    }

    @Test
    void tokensAreThreeUrlSafeParts() {
        assertTrue(valid(CAREGIVER).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    }
}
